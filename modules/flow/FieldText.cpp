#include "FieldText.h"

#include "Masking.h"
#include "Money.h"

namespace branch {

bool FieldText::isIdentifier(FieldType type)
{
    return type == FieldType::ResidentId || type == FieldType::Uscc || type == FieldType::BankCard
        || type == FieldType::Mobile || type == FieldType::IdDocument;
}

bool FieldText::isPersonal(const FieldDefinition &field)
{
    return field.type == FieldType::Text || field.type == FieldType::Address || isIdentifier(field.type);
}

QString FieldText::display(const FieldDefinition &field, const QJsonValue &value, const QLocale &locale)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (field.type) {
    case FieldType::Money: {
        const QString currency = field.checks.currency.isEmpty() ? QStringLiteral("CNY") : field.checks.currency;
        return Money(qint64(value.toDouble()), currency).format(locale);
    }
    case FieldType::Enum:
        if (const EnumOption *option = field.option(value.toString()))
            return option->label.text(locale);
        return value.toString();
    case FieldType::Consent:
        return value.toBool() ? tr("Agreed") : tr("Not agreed");
    case FieldType::Document:
        return tr("Original to be shown to staff");
    case FieldType::Number:
        return value.isDouble() ? locale.toString(qint64(value.toDouble())) : value.toString();
    case FieldType::ResidentId:
    case FieldType::Uscc:
    case FieldType::BankCard:
    case FieldType::Mobile:
    case FieldType::IdDocument:
        return maskIdentifier(value.toString());
    default:
        return value.toString();
    }
}

QString FieldText::review(const FieldDefinition &field, const QJsonValue &value, const QLocale &locale)
{
    if (!isIdentifier(field.type) || value.isNull() || value.isUndefined())
        return display(field, value, locale);
    return grouped(field.type, value.toString());
}

QString FieldText::grouped(FieldType type, const QString &text)
{
    QString out;
    const QString plain = QString(text).remove(QLatin1Char(' '));
    // A mainland mobile number reads 3-4-4; everything else in fours.
    const bool mobile = type == FieldType::Mobile && plain.size() == 11;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const bool boundary = mobile ? (i == 3 || i == 7) : (i > 0 && i % 4 == 0);
        if (boundary)
            out.append(QLatin1Char(' '));
        out.append(plain.at(i));
    }
    return out;
}

} // namespace branch
