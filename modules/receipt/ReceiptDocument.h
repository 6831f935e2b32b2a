#pragma once

#include "Money.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace branch {

struct ReceiptLine
{
    QString label;
    QString value;
};

// What one printed receipt shows. Personal values are masked the moment they
// are added, so the unmasked form never reaches the writer or the PDF.
class ReceiptDocument
{
public:
    QString bankName;
    QString branchName;
    QString serviceName; // already in the customer's language
    QString receiptNumber;
    QDateTime issuedAt;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // the branch's, for the printed time
    std::optional<Money> amount;
    QLocale locale;
    QImage signature;
    QString verificationPayload; // see ReceiptVerification

    // Plain facts such as a bill period or a payee.
    void addField(const QString &label, const QString &value);
    // Names, ID, card, account and phone numbers: stored masked only.
    void addPersonalField(const QString &label, QStringView value);
    QList<ReceiptLine> lines() const { return m_lines; }

private:
    QList<ReceiptLine> m_lines;
};

} // namespace branch
