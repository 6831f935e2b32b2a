#include "CoreRules.h"

#include <QCryptographicHash>

namespace branch {

CoreRules::CoreRules(QSet<QString> knownServices)
    : m_services(std::move(knownServices))
{
}

QString CoreRules::coreRef(const QString &deviceId, const QString &key, const QDateTime &now)
{
    const QByteArray digest =
        QCryptographicHash::hash((deviceId + u'/' + key).toUtf8(), QCryptographicHash::Sha256).toHex().toUpper();
    return QStringLiteral("CR%1-%2").arg(now.toUTC().toString(QStringLiteral("yyyyMMdd")),
                                          QString::fromLatin1(digest.left(10)));
}

CoreResult CoreRules::decide(const QString &deviceId, const CoreTransaction &tx, const QDateTime &now) const
{
    CoreResult r;
    r.key = tx.key;
    QString reason = tx.fieldReason;
    // Receipt numbers are "<device>-<date>-<sequence><check>": a device
    // cannot submit under another device's numbers.
    if (reason.isEmpty() && !tx.receiptNo.startsWith(deviceId + u'-'))
        reason = QStringLiteral("receipt_no_foreign");
    if (reason.isEmpty()
        && (tx.createdAt > now.addSecs(MaxCreatedAheadSeconds) || tx.createdAt < now.addDays(-MaxCreatedAgeDays)))
        reason = QStringLiteral("created_at_out_of_range");
    if (reason.isEmpty() && !m_services.contains(tx.serviceId))
        reason = QStringLiteral("unknown_service");
    if (!reason.isEmpty())
        return rejected(tx.key, reason);
    r.outcome = Outcome::Applied;
    r.appliedAt = now.toUTC();
    r.coreRef = coreRef(deviceId, tx.key, now);
    r.message = tr("Applied by core.");
    return r;
}

CoreResult CoreRules::rejected(const QString &key, const QString &reason)
{
    CoreResult r;
    r.key = key;
    r.outcome = Outcome::Rejected;
    r.reason = reason;
    r.message = messageFor(reason);
    return r;
}

QString CoreRules::messageFor(const QString &reason)
{
    if (reason == u"authorization_missing")
        return tr("This service needs a supervisor's authorization for this amount, and the transaction has none.");
    if (reason == u"authorization_forged")
        return tr("The authorization was not signed by core.");
    if (reason == u"authorization_mismatch")
        return tr("The authorization was given for another kiosk, service or amount.");
    if (reason == u"authorization_same_person")
        return tr("The authorization breaks dual control: the supervisor entered the transaction.");
    if (reason == u"authorization_expired")
        return tr("The authorization had expired when the transaction was made.");
    if (reason == u"authorization_already_used")
        return tr("The authorization already covered another transaction.");
    if (reason.startsWith(u"authorization_"))
        return tr("The authorization in the transaction is malformed.");
    if (reason == u"unknown_service")
        return tr("Core does not offer this service.");
    if (reason == u"amount_invalid")
        return tr("The amount must be null or a whole number of fen, from 0 to 1,000,000,000,000, in CNY.");
    if (reason == u"ordering_key_invalid")
        return tr("The ordering key must be a text of 1 to 64 characters.");
    if (reason == u"sequence_invalid")
        return tr("The sequence must be a whole number from 0 to 9,007,199,254,740,991.");
    if (reason == u"service_id_invalid")
        return tr("The service ID must be a text of 1 to 64 characters.");
    if (reason == u"receipt_no_invalid")
        return tr("The receipt number must be a text of 1 to 64 characters.");
    if (reason == u"created_at_invalid")
        return tr("The creation time must be an ISO-8601 UTC time.");
    if (reason == u"control_character")
        return tr("A text in the transaction contains a control character.");
    if (reason == u"receipt_no_foreign")
        return tr("The receipt number does not belong to this device.");
    if (reason == u"created_at_out_of_range")
        return tr("The creation time is more than a day ahead of core's clock or more than a year behind it.");
    if (reason == u"payload_invalid")
        return tr("The payload must be a JSON object.");
    return tr("Core rejected the transaction.");
}

} // namespace branch
