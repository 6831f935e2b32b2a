#include "SubmissionAmount.h"

#include "FormValue.h"

namespace branch {
namespace {

AmountResult fromField(const ServiceDefinition &service, const QString &fieldId, const QString &currency,
                       const QJsonObject &values)
{
    const QJsonValue value = values.value(fieldId);
    if (isMissingValue(FieldType::Money, value))
        return {std::nullopt, QStringLiteral("missing_amount")};
    const std::optional<qint64> fen = exactInteger(value);
    if (!fen)
        return {std::nullopt, QStringLiteral("not_integer_fen")};
    QString code = currency;
    if (const FieldDefinition *field = service.form.field(fieldId); field && code.isEmpty()) {
        code = field->checks.currencyField.isEmpty() ? field->checks.currency
                                                      : values.value(field->checks.currencyField).toString();
    }
    return {Money(*fen, code.isEmpty() ? QStringLiteral("CNY") : code), QString()};
}

} // namespace

AmountResult submissionAmount(const ServiceDefinition &service, const QJsonObject &values)
{
    const FeeRule &fee = service.fee;
    switch (fee.type) {
    case FeeRule::Type::None:
        return {};
    case FeeRule::Type::Fixed:
        return {Money(fee.amountFen, fee.currency.isEmpty() ? QStringLiteral("CNY") : fee.currency), QString()};
    case FeeRule::Type::Entered:
        return fromField(service, fee.field, fee.currency, values);
    case FeeRule::Type::Bill:
        return fromField(service, QString(kBillAmountField), QString(), values);
    }
    return {};
}

} // namespace branch
