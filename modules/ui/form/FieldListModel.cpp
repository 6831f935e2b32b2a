#include "FieldListModel.h"

#include "FieldDefinition.h"

#include <QRegularExpression>
#include <QVariantList>

namespace branch {

namespace {

// The text roles that follow the language.
const QList<int> kTranslatedRoles{FieldListModel::LabelRole,       FieldListModel::CareLabelRole,
                                  FieldListModel::HeadingRole,     FieldListModel::HelpRole,
                                  FieldListModel::PlaceholderRole, FieldListModel::UnitRole,
                                  FieldListModel::ErrorRole,       FieldListModel::OptionsRole};

// Long enough for any address; the schema's own limit wins when it has one.
constexpr int kDefaultMaxLength = 200;

QString errorText(const std::optional<FieldError> &error)
{
    return error ? error->message() : QString();
}

} // namespace

FieldListModel::FieldListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int FieldListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

FieldListModel::Kind FieldListModel::kindOf(FieldType type)
{
    switch (type) {
    case FieldType::Enum:
        return Kind::Choice;
    case FieldType::Consent:
        return Kind::Consent;
    case FieldType::Document:
        return Kind::Document;
    case FieldType::Signature:
        // A second signature (a guarantor's, say) is taken on paper by staff.
        return Kind::PaperSignature;
    default:
        return Kind::Text;
    }
}

namespace {

// Whether a text field's pattern lets this character in, right at the start
// or after the usual first characters (a letter, a digit, a case number's
// year in brackets): the field's own data says which keys it needs.
bool admits(const QRegularExpression &pattern, QStringView character)
{
    static const QStringList prefixes{QString(), QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("1"),
                                      QStringLiteral("\uFF082024\uFF09")};
    for (const QString &prefix : prefixes) {
        const QRegularExpressionMatch m =
            pattern.match(prefix + character.toString(), 0, QRegularExpression::PartialPreferCompleteMatch);
        if (m.hasMatch() || m.hasPartialMatch())
            return true;
    }
    return false;
}

QRegularExpression patternOf(const FieldDefinition &field)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(field.checks.pattern),
                              QRegularExpression::UseUnicodePropertiesOption);
}

FieldListModel::Keyboard textKeyboard(const FieldDefinition &field)
{
    using Keyboard = FieldListModel::Keyboard;
    if (field.type != FieldType::Text || field.checks.pattern.isEmpty())
        return Keyboard::Pinyin;
    const QRegularExpression pattern = patternOf(field);
    if (!pattern.isValid() || admits(pattern, u"\u5F20")) // a Chinese character: names, case numbers
        return Keyboard::Pinyin;
    const bool lower = admits(pattern, u"a");
    const bool upper = admits(pattern, u"A");
    const bool digit = admits(pattern, u"1");
    if (digit && !lower && !upper)
        return Keyboard::Digits;
    if (lower && !digit)
        return Keyboard::Latin;
    return upper || lower ? Keyboard::Code : Keyboard::Pinyin;
}

} // namespace

FieldListModel::Keyboard FieldListModel::keyboardOf(const FieldDefinition &field, IdentifierKind document)
{
    switch (field.type) {
    case FieldType::Number:
    case FieldType::BankCard:
    case FieldType::Mobile:
        return Keyboard::Digits;
    case FieldType::Money:
        return Keyboard::Amount;
    case FieldType::Date:
        return Keyboard::Date;
    case FieldType::ResidentId:
        return Keyboard::ResidentId;
    case FieldType::Uscc:
        return Keyboard::Code;
    case FieldType::IdDocument:
        return document == IdentifierKind::Passport ? Keyboard::Code : Keyboard::ResidentId;
    default:
        return textKeyboard(field);
    }
}

Qt::InputMethodHints FieldListModel::inputHintsOf(Keyboard keyboard)
{
    // KioskKeyboard.qml picks its layout and language from these hints:
    // digits; digits with "." and "-"; digits with "X" (the dial pad);
    // Latin only (no language key), in capitals for codes; else pinyin first.
    switch (keyboard) {
    case Keyboard::Digits:
        return Qt::ImhDigitsOnly;
    case Keyboard::Amount:
        return Qt::ImhFormattedNumbersOnly;
    case Keyboard::Date:
        return Qt::ImhFormattedNumbersOnly | Qt::ImhDate;
    case Keyboard::ResidentId:
        return Qt::ImhDialableCharactersOnly | Qt::ImhNoPredictiveText;
    case Keyboard::Code:
        return Qt::ImhLatinOnly | Qt::ImhUppercaseOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText;
    case Keyboard::Latin:
        return Qt::ImhLatinOnly | Qt::ImhNoPredictiveText;
    case Keyboard::Pinyin:
        break;
    }
    return Qt::ImhNoPredictiveText;
}

QString FieldListModel::punctuationOf(const FieldDefinition &field, Keyboard keyboard)
{
    if (keyboard != Keyboard::Pinyin && keyboard != Keyboard::Latin && keyboard != Keyboard::Code)
        return {};
    if (field.type == FieldType::Uscc || field.type == FieldType::IdDocument)
        return {};
    if (field.type == FieldType::Text && !field.checks.pattern.isEmpty()) {
        // Exactly what the pattern lets in, from the marks a form may ask for.
        static const QString candidates = QStringLiteral("\u00B7-'.@_#/");
        const QRegularExpression pattern = patternOf(field);
        QString out;
        for (const QChar c : candidates) {
            if (admits(pattern, QStringView(&c, 1)))
                out.append(c);
        }
        return out;
    }
    switch (keyboard) {
    case Keyboard::Latin:
        return QStringLiteral("-'.");
    case Keyboard::Code:
        return QStringLiteral("-");
    default:
        break;
    }
    // House numbers (12-3, #5) and a sentence's comma.
    return QStringLiteral("-#\uFF0C");
}

QString FieldListModel::placeholderOf(const FieldDefinition &field)
{
    if (field.type == FieldType::Date)
        return field.checks.precision == DatePrecision::Month ? tr("YYYY-MM") : tr("YYYY-MM-DD");
    if (field.type == FieldType::Money)
        return tr("Amount in yuan, e.g. 120.50");
    return {};
}

QString FieldListModel::unitOf(const FieldDefinition &field)
{
    return field.type == FieldType::Money ? tr("CNY") : QString();
}

bool FieldListModel::checked(const Row &row) const
{
    const Kind kind = kindOf(row.field->type);
    return (kind == Kind::Consent || kind == Kind::Document) && row.value == u"true";
}

QVariant FieldListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const FieldDefinition &field = *row.field;
    switch (role) {
    case FieldIdRole:
        return field.id;
    case Qt::DisplayRole:
    case LabelRole:
        return m_careMode && !field.careLabel.text().isEmpty() ? field.careLabel.text() : field.label.text();
    case CareLabelRole:
        return field.careLabel.text();
    case HeadingRole: {
        const QString label = data(index, LabelRole).toString();
        return field.required ? label : tr("%1  (optional)").arg(label);
    }
    case HelpRole:
        return field.help.text();
    case TypeRole:
        return fieldTypeName(field.type);
    case KindRole:
        return QVariant::fromValue(kindOf(field.type));
    case KeyboardRole:
        return QVariant::fromValue(keyboardOf(field, row.document));
    case InputHintsRole:
        return int(inputHintsOf(keyboardOf(field, row.document)));
    case PunctuationRole:
        return punctuationOf(field, keyboardOf(field, row.document));
    case WarningRole:
        return row.error.has_value() && row.error->warning;
    case PlaceholderRole:
        return placeholderOf(field);
    case UnitRole:
        return unitOf(field);
    case MaxLengthRole:
        return field.checks.maxLength.value_or(0) > 0 ? *field.checks.maxLength : kDefaultMaxLength;
    case RequiredRole:
        return field.required;
    case LockedRole:
        return row.locked || field.readOnly;
    case ValueRole:
        return row.value;
    case CheckedRole:
        return checked(row);
    case ErrorRole:
        return errorText(row.error);
    case OptionsRole: {
        QVariantList options;
        for (const EnumOption &option : field.checks.options)
            options.append(QVariant::fromValue(FieldOption{option.value, option.label.text()}));
        return options;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> FieldListModel::roleNames() const
{
    return {{FieldIdRole, "fieldId"},         {LabelRole, "label"},         {CareLabelRole, "careLabel"},
            {HeadingRole, "heading"},         {HelpRole, "help"},           {TypeRole, "type"},
            {KindRole, "kind"},               {KeyboardRole, "keyboard"},   {InputHintsRole, "inputHints"},
            {PlaceholderRole, "placeholder"}, {UnitRole, "unit"},           {MaxLengthRole, "maxLength"},
            {RequiredRole, "required"},       {LockedRole, "locked"},       {ValueRole, "value"},
            {CheckedRole, "checked"},         {ErrorRole, "error"},         {OptionsRole, "options"},
            {WarningRole, "warning"},         {PunctuationRole, "punctuation"}};
}

void FieldListModel::setRows(const QList<Row> &rows, bool careMode)
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows = rows;
    m_careMode = careMode;
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

void FieldListModel::update(const QString &fieldId, const QString &value, const std::optional<FieldError> &error)
{
    const int at = rowOf(fieldId);
    if (at < 0)
        return;
    Row &row = m_rows[at];
    QList<int> roles;
    if (row.value != value) {
        const bool wasChecked = checked(row);
        row.value = value;
        roles.append(ValueRole);
        if (checked(row) != wasChecked)
            roles.append(CheckedRole);
    }
    const QString before = errorText(row.error);
    const bool wasWarning = row.error.has_value() && row.error->warning;
    row.error = error;
    if (errorText(row.error) != before)
        roles.append(ErrorRole);
    if ((row.error.has_value() && row.error->warning) != wasWarning)
        roles.append(WarningRole);
    if (roles.isEmpty())
        return;
    const QModelIndex changed = index(at);
    Q_EMIT dataChanged(changed, changed, roles);
}

void FieldListModel::setError(const QString &fieldId, const std::optional<FieldError> &error)
{
    const int at = rowOf(fieldId);
    if (at >= 0)
        update(fieldId, m_rows.at(at).value, error);
}

void FieldListModel::setDocument(const QString &fieldId, IdentifierKind document)
{
    const int at = rowOf(fieldId);
    if (at < 0 || m_rows.at(at).document == document)
        return;
    m_rows[at].document = document;
    const QModelIndex changed = index(at);
    Q_EMIT dataChanged(changed, changed, {KeyboardRole, InputHintsRole, PunctuationRole});
}

void FieldListModel::retranslate()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), kTranslatedRoles);
}

int FieldListModel::rowOf(const QString &fieldId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).field->id == fieldId)
            return i;
    }
    return -1;
}

QString FieldListModel::fieldIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).field->id : QString();
}

} // namespace branch
