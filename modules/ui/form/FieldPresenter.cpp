#include "FieldPresenter.h"

#include "Masking.h"
#include "Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace branch::fieldpresenter {

namespace {

QString currencyOf(const FieldDefinition &field)
{
    return field.checks.currency.isEmpty() ? QStringLiteral("CNY") : field.checks.currency;
}

} // namespace

bool isIdentifier(FieldType type)
{
    return type == FieldType::ResidentId || type == FieldType::Uscc || type == FieldType::BankCard
        || type == FieldType::Mobile;
}

QString displayValue(const FieldDefinition &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (field.type) {
    case FieldType::Money:
        return Money(qint64(value.toDouble()), currencyOf(field)).format(QLocale());
    case FieldType::Enum:
        if (const EnumOption *option = field.option(value.toString()))
            return option->label.text();
        return value.toString();
    case FieldType::Consent:
        return value.toBool() ? QCoreApplication::translate("FormController", "Agreed")
                              : QCoreApplication::translate("FormController", "Not agreed");
    case FieldType::Document:
        return QCoreApplication::translate("FormController", "Original to be shown to staff");
    case FieldType::Number:
        return value.isDouble() ? QLocale().toString(qint64(value.toDouble())) : value.toString();
    case FieldType::ResidentId:
    case FieldType::Uscc:
    case FieldType::BankCard:
    case FieldType::Mobile:
        return maskIdentifier(value.toString());
    default:
        return value.toString();
    }
}

QString editText(const FieldDefinition &field, const QJsonValue &value)
{
    if (field.type == FieldType::Money && value.isDouble()) {
        const qint64 fen = qint64(value.toDouble());
        return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
    }
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

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
        // The check character is printed as a capital; customers type either.
        return {QJsonValue(trimmed.toUpper()), {}, {}};
    case FieldType::BankCard:
    case FieldType::Mobile:
        return {QJsonValue(QString(trimmed).remove(QLatin1Char(' '))), {}, {}};
    default:
        return {QJsonValue(text), {}, {}};
    }
}

} // namespace branch::fieldpresenter
