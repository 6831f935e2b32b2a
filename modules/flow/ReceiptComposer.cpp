#include "ReceiptComposer.h"

#include "FieldText.h"
#include "Masking.h"
#include "ReceiptVerification.h"

namespace branch {

ReceiptContent ReceiptComposer::compose(const ServiceDefinition &service, const QJsonObject &values,
                                        const std::optional<Money> &amount, const QLocale &locale)
{
    ReceiptContent content;
    content.bankName = tr("BranchSuite Bank");
    content.branchName = tr("Self-service counter");
    content.serviceName = service.name.text(locale);
    content.amount = amount;
    content.locale = locale;
    for (const FieldDefinition &field : service.form.allFields()) {
        const QJsonValue value = values.value(field.id);
        if (value.isNull() || value.isUndefined() || field.type == FieldType::Document
            || field.type == FieldType::Consent)
            continue;
        const QString label = field.label.text(locale);
        // Anything a person typed may name them: the receipt keeps it masked.
        if (FieldText::isPersonal(field))
            content.items.append({label, maskIdentifier(value.toString()), true});
        else
            content.items.append({label, FieldText::display(field, value, locale), false});
    }
    return content;
}

void ReceiptComposer::addPayment(ReceiptContent &content, const PaymentResult &payment)
{
    if (!payment.maskedCard.isEmpty())
        content.items.append({tr("Paid with card"), payment.maskedCard, true});
    if (payment.state == PaymentState::Authorised) {
        content.items.append({tr("Payment"), tr("Paid"), false});
        content.items.append({tr("Authorisation code"), payment.authorisation, false});
    } else {
        content.items.append({tr("Payment"), tr("Not confirmed. Do not pay again: the bank will confirm it."), false});
    }
    // The start of the payment's key: what staff look the payment up by.
    content.items.append({tr("Payment reference"), payment.key.left(12).toUpper(), false});
}

void ReceiptComposer::stamp(ReceiptContent &content, const QString &receiptNumber, const QDateTime &issuedAt)
{
    content.receiptNumber = receiptNumber;
    content.issuedAt = issuedAt;
    content.verificationPayload = ReceiptVerification::payload(receiptNumber, issuedAt, content.amount);
}

} // namespace branch
