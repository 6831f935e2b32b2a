// The audit anchor part of SqlCoreStore: core's signing key, each device's
// anchors (one line per device, enforced by the keys) and the flags against
// devices whose anchors core refused. New tables only.
#include "SqlCoreStore.h"

#include "SqlWrite.h"

#include <QSqlError>

namespace branch {
namespace {

const QString kAnchorColumns = QStringLiteral("SELECT sequence, previous, head, anchored_ms, signature FROM audit_anchors ");

QDateTime fromMs(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

} // namespace

QStringList SqlCoreStore::anchorSchema()
{
    return {
        // Each anchor names the one it extends; UNIQUE (device_id, previous)
        // lets only one request extend it, so two cores racing for the same
        // device cannot fork the line.
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit_anchors (device_id TEXT NOT NULL, sequence BIGINT NOT NULL,"
                       " previous BIGINT NOT NULL, head TEXT NOT NULL, anchored_ms BIGINT NOT NULL,"
                       " signature TEXT NOT NULL, PRIMARY KEY (device_id, sequence), UNIQUE (device_id, previous))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit_anchor_flags (device_id TEXT NOT NULL, flagged_ms BIGINT NOT NULL,"
                       " reason TEXT NOT NULL, sequence BIGINT NOT NULL, head TEXT NOT NULL, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_anchor_flags_device ON audit_anchor_flags (device_id, flagged_ms)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS core_signing_keys (purpose TEXT PRIMARY KEY, secret_key TEXT NOT NULL,"
                       " created_ms BIGINT NOT NULL)"),
    };
}

CoreStoreStatus SqlCoreStore::anchorSigningKey(const QByteArray &candidate, QByteArray *stored)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    // Whichever core inserts first wins; the others read its key.
    q.prepare(QStringLiteral("INSERT INTO core_signing_keys (purpose, secret_key, created_ms) VALUES ('audit-anchor', ?, ?)"
                             " ON CONFLICT (purpose) DO NOTHING"));
    q.addBindValue(QString::fromLatin1(candidate.toHex()));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "store signing key");
    if (!q.exec(QStringLiteral("SELECT secret_key FROM core_signing_keys WHERE purpose = 'audit-anchor'")) || !q.next())
        return failed(q, "read signing key");
    *stored = QByteArray::fromHex(q.value(0).toString().toLatin1());
    return {};
}

std::optional<AnchorRecord> SqlCoreStore::readAnchor(QSqlQuery &q, const QString &deviceId, CoreStoreStatus *status)
{
    if (!q.exec()) {
        *status = failed(q, "read anchor");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return AnchorRecord{deviceId,
                        q.value(0).toLongLong(),
                        q.value(1).toLongLong(),
                        q.value(2).toString(),
                        fromMs(q.value(3)),
                        QByteArray::fromHex(q.value(4).toString().toLatin1())};
}

std::optional<AnchorRecord> SqlCoreStore::latestAnchor(const QString &deviceId, CoreStoreStatus *status)
{
    *status = ready();
    if (!status->ok())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(kAnchorColumns + QStringLiteral("WHERE device_id = ? ORDER BY sequence DESC LIMIT 1"));
    q.addBindValue(deviceId);
    return readAnchor(q, deviceId, status);
}

std::optional<AnchorRecord> SqlCoreStore::anchorAt(const QString &deviceId, qint64 sequence, CoreStoreStatus *status)
{
    *status = ready();
    if (!status->ok())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(kAnchorColumns + QStringLiteral("WHERE device_id = ? AND sequence = ?"));
    q.addBindValue(deviceId);
    q.addBindValue(sequence);
    return readAnchor(q, deviceId, status);
}

CoreStoreStatus SqlCoreStore::addAnchor(const AnchorRecord &anchor, bool *added)
{
    *added = false;
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_anchors (device_id, sequence, previous, head, anchored_ms, signature)"
                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(anchor.deviceId);
    q.addBindValue(anchor.sequence);
    q.addBindValue(anchor.previous);
    q.addBindValue(anchor.head);
    q.addBindValue(anchor.anchoredAt.toMSecsSinceEpoch());
    q.addBindValue(QString::fromLatin1(anchor.signature.toHex()));
    if (!q.exec())
        return failed(q, "insert anchor");
    *added = q.numRowsAffected() == 1;
    if (!write.commit())
        return failed(write.query(), "commit");
    return {};
}

CoreStoreStatus SqlCoreStore::addAnchorFlag(const AnchorFlagRecord &flag)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_anchor_flags (device_id, flagged_ms, reason, sequence, head, detail)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(flag.deviceId);
    q.addBindValue(flag.flaggedAt.toMSecsSinceEpoch());
    q.addBindValue(flag.reason);
    q.addBindValue(flag.sequence);
    q.addBindValue(flag.head);
    q.addBindValue(flag.detail);
    if (!q.exec())
        return failed(q, "insert anchor flag");
    return {};
}

CoreStoreStatus SqlCoreStore::anchors(const QString &deviceId, QList<AnchorRecord> *out)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kAnchorColumns + QStringLiteral("WHERE device_id = ? ORDER BY sequence"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return failed(q, "read anchors");
    while (q.next()) {
        out->append({deviceId, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     fromMs(q.value(3)), QByteArray::fromHex(q.value(4).toString().toLatin1())});
    }
    return {};
}

CoreStoreStatus SqlCoreStore::anchorFlags(const QString &deviceId, QList<AnchorFlagRecord> *out)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT flagged_ms, reason, sequence, head, detail FROM audit_anchor_flags"
                             " WHERE device_id = ? ORDER BY flagged_ms"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return failed(q, "read anchor flags");
    while (q.next()) {
        out->append({deviceId, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                     q.value(4).toString(), fromMs(q.value(0))});
    }
    return {};
}

} // namespace branch
