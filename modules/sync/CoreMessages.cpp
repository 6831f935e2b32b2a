#include "CoreMessages.h"

namespace branch {

QJsonObject CoreTransaction::toJson() const
{
    QJsonObject tx{
        {QStringLiteral("key"), key},
        {QStringLiteral("orderingKey"), orderingKey},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("serviceId"), serviceId},
        {QStringLiteral("receiptNo"), receiptNo},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("payload"), payload},
    };
    if (amount)
        tx.insert(QStringLiteral("amount"),
                  QJsonObject{{QStringLiteral("fen"), amount->fen()}, {QStringLiteral("currency"), amount->currency()}});
    else
        tx.insert(QStringLiteral("amount"), QJsonValue::Null);
    if (!prefillReference.isEmpty())
        tx.insert(QStringLiteral("prefillReference"), prefillReference);
    if (!paymentKey.isEmpty())
        tx.insert(QStringLiteral("paymentKey"), paymentKey);
    if (!authorization.isEmpty())
        tx.insert(QStringLiteral("authorization"), authorization);
    return tx;
}

QJsonObject AnchorRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("sequence"), sequence},
                  {QStringLiteral("head"), head},
                  {QStringLiteral("from"), from},
                  {QStringLiteral("links"), QString::fromLatin1(macs.toHex())},
                  {QStringLiteral("chain"), chainIntact ? QStringLiteral("intact") : QStringLiteral("broken")}};
    if (!chainIntact) {
        o.insert(QStringLiteral("brokenRow"), brokenRow);
        o.insert(QStringLiteral("brokenReason"), brokenReason);
    }
    return o;
}

} // namespace branch
