#include "FieldListModel.h"

#include "FieldDefinition.h"

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

FieldListModel::Keyboard FieldListModel::keyboardOf(FieldType type)
{
    switch (type) {
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
        return Keyboard::Uscc;
    default:
        return Keyboard::Letters;
    }
}

Qt::InputMethodHints FieldListModel::inputHintsOf(Keyboard keyboard)
{
    // KioskKeyboard.qml picks its pad from these hints: digits; digits with
    // "." and "-"; digits with "X" (the dial pad); letters in capitals.
    switch (keyboard) {
    case Keyboard::Digits:
        return Qt::ImhDigitsOnly;
    case Keyboard::Amount:
        return Qt::ImhFormattedNumbersOnly;
    case Keyboard::Date:
        return Qt::ImhFormattedNumbersOnly | Qt::ImhDate;
    case Keyboard::ResidentId:
        return Qt::ImhDialableCharactersOnly | Qt::ImhNoPredictiveText;
    case Keyboard::Uscc:
        return Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText;
    case Keyboard::Letters:
        break;
    }
    return Qt::ImhNone;
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
        return QVariant::fromValue(keyboardOf(field.type));
    case InputHintsRole:
        return int(inputHintsOf(keyboardOf(field.type)));
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
            {CheckedRole, "checked"},         {ErrorRole, "error"},         {OptionsRole, "options"}};
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
    row.error = error;
    if (errorText(row.error) != before)
        roles.append(ErrorRole);
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
