#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

namespace branch {

// One answer on the review page, as the customer checks it before signing:
// their own values in full (masking is for receipts, logs and staff screens).
struct ReviewLine
{
    Q_GADGET
    QML_VALUE_TYPE(reviewLine)
    Q_PROPERTY(QString fieldId MEMBER fieldId)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString value MEMBER value)
    Q_PROPERTY(bool editable MEMBER editable)
public:
    QString fieldId;
    QString label;
    QString value;         // as shown: option labels, formatted money, identifiers in full, grouped
    bool editable = false; // the customer answered it (not a bill's figure): "Change" goes back to it

    friend bool operator==(const ReviewLine &, const ReviewLine &) = default;
};

// The review page's lines, one row per answered field. Built when the review
// opens (and after a language switch), never per keystroke.
class ReviewListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the form controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { FieldIdRole = Qt::UserRole + 1, LabelRole, ValueRole, EditableRole, LineRole };
    Q_ENUM(Role)

    explicit ReviewListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setLines(const QList<ReviewLine> &lines);
    QList<ReviewLine> lines() const { return m_lines; }

Q_SIGNALS:
    void countChanged();

private:
    QList<ReviewLine> m_lines;
};

} // namespace branch
