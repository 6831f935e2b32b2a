#include "ReceiptVerification.h"

#include <QCryptographicHash>

namespace branch {

QString ReceiptVerification::payload(const QString &receiptNumber, const QDateTime &issuedAt,
                                     const std::optional<Money> &amount)
{
    const QString facts = receiptNumber + u'|'
        + issuedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) + u'|'
        + (amount ? QString::number(amount->fen()) + u' ' + amount->currency() : QStringLiteral("-"));
    const QByteArray digest = QCryptographicHash::hash(facts.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("BSR1:%1:%2").arg(receiptNumber, QString::fromLatin1(digest.left(4).toHex()));
}

bool ReceiptVerification::matches(const QString &scanned, const QString &receiptNumber, const QDateTime &issuedAt,
                                  const std::optional<Money> &amount)
{
    return !receiptNumber.isEmpty() && scanned == payload(receiptNumber, issuedAt, amount);
}

} // namespace branch
