#include "CoreTransaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace branch {

bool isTransactionKey(const QString &key)
{
    if (key.size() != 32)
        return false;
    for (const QChar c : key) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool hex = c >= u'a' && c <= u'f';
        if (!digit && !hex)
            return false;
    }
    return true;
}

QByteArray canonicalSha256(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QByteArray canonical = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

QString isoUtcMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject CoreResult::toJson() const
{
    QJsonObject o{{QStringLiteral("key"), key},
                  {QStringLiteral("outcome"), outcome},
                  {QStringLiteral("replayed"), replayed},
                  {QStringLiteral("message"), message}};
    if (isApplied()) {
        o.insert(QStringLiteral("coreRef"), coreRef);
        o.insert(QStringLiteral("appliedAt"), isoUtcMs(appliedAt));
    } else {
        o.insert(QStringLiteral("reason"), reason);
    }
    return o;
}

std::optional<CoreResult> CoreResult::fromJson(const QJsonObject &o)
{
    CoreResult r;
    r.key = o.value(QStringLiteral("key")).toString();
    r.outcome = o.value(QStringLiteral("outcome")).toString();
    r.replayed = o.value(QStringLiteral("replayed")).toBool();
    r.coreRef = o.value(QStringLiteral("coreRef")).toString();
    r.appliedAt = QDateTime::fromString(o.value(QStringLiteral("appliedAt")).toString(), Qt::ISODateWithMs);
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.message = o.value(QStringLiteral("message")).toString();
    if (!isTransactionKey(r.key) || r.outcome.isEmpty())
        return std::nullopt;
    return r;
}

} // namespace branch
