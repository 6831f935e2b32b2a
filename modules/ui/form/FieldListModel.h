#pragma once

#include "FormValidator.h"
#include "IdentifierKind.h"

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

#include <optional>

namespace branch {

struct FieldDefinition;

// One choice of an enum field, as its button shows it.
struct FieldOption
{
    Q_GADGET
    QML_VALUE_TYPE(fieldOption)
    Q_PROPERTY(QString value MEMBER value)
    Q_PROPERTY(QString label MEMBER label)
public:
    QString value;
    QString label;

    friend bool operator==(const FieldOption &, const FieldOption &) = default;
};

// The questions of the form page on screen (one in care mode), a row each.
// Everything a field's input needs is decided here, in C++: which control
// draws it, which on-screen keyboard pad it opens, its placeholder and unit,
// the label for care mode, its current text and its error. A keystroke
// changes one row (dataChanged on that row alone); a new page resets.
class FieldListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the form controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        FieldIdRole = Qt::UserRole + 1,
        LabelRole,       // the label shown: the care label in care mode when there is one
        CareLabelRole,   // the schema's short care-mode label (may be empty)
        HeadingRole,     // the label with "(optional)" when the field is not required
        HelpRole,
        TypeRole,        // the schema's type name ("resident_id")
        KindRole,        // Kind: which control draws the field
        KeyboardRole,    // Keyboard: which pad of the on-screen keyboard it needs
        InputHintsRole,  // the Qt::InputMethodHints that choose that pad
        PlaceholderRole,
        UnitRole,        // shown before the input ("CNY" for amounts), or empty
        MaxLengthRole,
        RequiredRole,
        LockedRole,      // read-only: filled by the kiosk (a bill amount, a looked-up account)
        ValueRole,       // the text the input shows
        CheckedRole,     // consent given, or original promised
        ErrorRole,       // the first error, in the current language, or empty
        OptionsRole,     // a list of fieldOption, for Choice fields; the chosen one's value is ValueRole
        WarningRole,     // the error only warns: the customer may confirm the value ("It is correct")
        PunctuationRole, // the punctuation keys the field accepts ("·", "-'."), for the keyboard
    };
    Q_ENUM(Role)

    enum class Kind { Text, Choice, Consent, Document, PaperSignature };
    Q_ENUM(Kind)

    // The on-screen keyboard a field gets (see KioskKeyboard.qml): its layout
    // and the input method it starts in.
    enum class Keyboard {
        Pinyin,     // names, addresses, free text: starts in pinyin, Latin one key away
        Latin,      // English and passport names: Latin letters with shift, no Chinese
        Code,       // credit codes, account and passport numbers: capitals and digits, no Chinese
        Digits,     // cards, mobiles, plain numbers
        Amount,     // digits and "."
        Date,       // digits and "-"
        ResidentId, // digits and "X"
    };
    Q_ENUM(Keyboard)

    struct Row
    {
        const FieldDefinition *field = nullptr; // points into the catalog, which outlives the model
        bool locked = false;
        QString value;
        std::optional<FieldError> error;
        // id_document fields: the document chosen, which picks the keyboard.
        IdentifierKind document = IdentifierKind::ResidentId;
    };

    explicit FieldListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new page (or a new grouping): the view rebuilds its inputs.
    void setRows(const QList<Row> &rows, bool careMode);
    // One field's text and error, as a keystroke changes them: dataChanged
    // on its row, for the roles that changed, or nothing at all.
    void update(const QString &fieldId, const QString &value, const std::optional<FieldError> &error);
    void setError(const QString &fieldId, const std::optional<FieldError> &error);
    // An id_document's document changed: its keyboard follows.
    void setDocument(const QString &fieldId, IdentifierKind document);
    // Labels and errors are read in the current language: every row changes.
    void retranslate();

    int rowOf(const QString &fieldId) const;
    QString fieldIdAt(int row) const;

    // The rules behind the roles, public so they are tested one by one.
    static Kind kindOf(FieldType type);
    static Keyboard keyboardOf(const FieldDefinition &field, IdentifierKind document = IdentifierKind::ResidentId);
    static Qt::InputMethodHints inputHintsOf(Keyboard keyboard);
    static QString punctuationOf(const FieldDefinition &field, Keyboard keyboard);
    static QString placeholderOf(const FieldDefinition &field);
    static QString unitOf(const FieldDefinition &field);

Q_SIGNALS:
    void countChanged();

private:
    bool checked(const Row &row) const;
    QList<Row> m_rows;
    bool m_careMode = false;
};

} // namespace branch
