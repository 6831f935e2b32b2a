#include "FieldInput.h"

#include "Money.h"

namespace branch::fieldinput {

namespace {

QString currencyOf(const FieldDefinition &field)
{
    return field.checks.currency.isEmpty() ? QStringLiteral("CNY") : field.checks.currency;
}

} // namespace

Converted fromText(const FieldDefinition &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {QJsonValue(QString()), {}, {}};
    switch (field.type) {
    case FieldType::Money: {
        // Customers type yuan; the form holds integer fen, parsed exactly.
        const MoneyResult parsed = Money::parse(trimmed, currencyOf(field));
        if (!parsed.ok())
            return {QJsonValue(trimmed), parsed.reason, parsed.message()};
        return {QJsonValue(parsed.value->fen()), {}, {}};
    }
    case FieldType::Number: {
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        return {ok ? QJsonValue(number) : QJsonValue(trimmed), {}, {}};
    }
    case FieldType::ResidentId:
    case FieldType::Uscc:
    case FieldType::IdDocument:
        // Check characters and passport letters are printed as capitals; customers type either.
        return {QJsonValue(trimmed.toUpper()), {}, {}};
    case FieldType::BankCard:
    case FieldType::Mobile:
        return {QJsonValue(QString(trimmed).remove(QLatin1Char(' '))), {}, {}};
    default:
        return {QJsonValue(text), {}, {}};
    }
}

Converted fromAnswer(const FieldDefinition &field, const QString &text)
{
    if (field.type == FieldType::Consent) {
        if (text == u"true")
            return {QJsonValue(true), {}, {}};
        if (text == u"false" || text.isEmpty())
            return {QJsonValue(false), {}, {}};
    }
    return fromText(field, text);
}

} // namespace branch::fieldinput
