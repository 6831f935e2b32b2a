#pragma once

#include "Money.h"
#include "PaymentService.h"
#include "ServiceDefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace branch {

// One line of a receipt. A personal value is masked before it gets here:
// neither the printer nor the PDF ever see the unmasked form.
struct ReceiptItem
{
    QString label;
    QString value;
    bool masked = false; // the value is the masked form of a personal value

    friend bool operator==(const ReceiptItem &, const ReceiptItem &) = default;
};

// What one receipt says, in the customer's language. QtCore only: a
// ReceiptPrinter lays it out (see PdfReceiptPrinter).
struct ReceiptContent
{
    QString bankName;
    QString branchName;
    QString serviceName;
    QString receiptNumber;       // set by ReceiptComposer::stamp once the request is stored
    QDateTime issuedAt;          // UTC, idem
    std::optional<Money> amount;
    QLocale locale;
    QList<ReceiptItem> items;    // form order
    QString verificationPayload; // the QR code's text (ReceiptVerification), set by stamp
    bool largePrint = false;     // laid out in large type (care mode)
};

// Which answers a receipt shows and how: documents and consents are left
// out, enum labels and money are written out, and anything a person typed
// (text, addresses, ID/card/phone numbers) is masked with maskIdentifier.
class ReceiptComposer
{
    Q_DECLARE_TR_FUNCTIONS(branch::ReceiptComposer)
public:
    // Everything but the receipt number and time, which the store allocates.
    static ReceiptContent compose(const ServiceDefinition &service, const QJsonObject &values,
                                  const std::optional<Money> &amount, const QLocale &locale);
    // The kiosk card payment: the masked card and the authorisation code, or,
    // for a payment whose outcome is unknown, that it is not confirmed; a
    // receipt never says "paid" for a payment core did not authorise.
    static void addPayment(ReceiptContent &content, const PaymentResult &payment);
    // Adds the stored request's number and time, and the QR text over them.
    static void stamp(ReceiptContent &content, const QString &receiptNumber, const QDateTime &issuedAt);
};

} // namespace branch
