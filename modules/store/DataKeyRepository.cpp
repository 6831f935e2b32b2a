#include "DataKeyRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace branch::DataKeyRepository {
namespace {

StoreError run(QSqlQuery &q, const QString &context)
{
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), context);
    return {};
}

} // namespace

StoreResult<QList<DataKeyRow>> live(const QSqlDatabase &db)
{
    StoreResult<QList<DataKeyRow>> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key_id, kek_id, wrapped, state FROM data_keys "
                             "WHERE state <> 'retired' ORDER BY key_id"));
    if (result.error = run(q, QStringLiteral("read data keys")); result.error.isError())
        return result;
    while (q.next())
        result.value.append({q.value(0).value<quint32>(), q.value(1).value<quint32>(), q.value(2).toByteArray(),
                             q.value(3).toString()});
    return result;
}

StoreResult<quint32> nextId(const QSqlDatabase &db)
{
    StoreResult<quint32> result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'data_keys'), 0), "
                             "COALESCE((SELECT MAX(key_id) FROM data_keys), 0)) + 1"));
    if (result.error = run(q, QStringLiteral("next data key id")); result.error.isError())
        return result;
    if (q.next())
        result.value = q.value(0).value<quint32>();
    return result;
}

StoreError insertActive(const QSqlDatabase &db, quint32 keyId, quint32 kekId, const QByteArray &wrapped)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO data_keys (key_id, kek_id, wrapped, state) VALUES (?, ?, ?, 'active')"));
    q.addBindValue(qint64(keyId));
    q.addBindValue(qint64(kekId));
    q.addBindValue(wrapped);
    return run(q, QStringLiteral("insert data key"));
}

StoreError markRetiring(const QSqlDatabase &db, quint32 keyId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE data_keys SET state = 'retiring' WHERE key_id = ?"));
    q.addBindValue(qint64(keyId));
    return run(q, QStringLiteral("mark data key retiring"));
}

StoreError retire(const QSqlDatabase &db, quint32 keyId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE data_keys SET state = 'retired', wrapped = NULL, "
                             "retired_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE key_id = ?"));
    q.addBindValue(qint64(keyId));
    return run(q, QStringLiteral("retire data key"));
}

StoreError rewrap(const QSqlDatabase &db, quint32 keyId, quint32 kekId, const QByteArray &wrapped)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE data_keys SET kek_id = ?, wrapped = ? WHERE key_id = ? AND state <> 'retired'"));
    q.addBindValue(qint64(kekId));
    q.addBindValue(wrapped);
    q.addBindValue(qint64(keyId));
    return run(q, QStringLiteral("rewrap data key"));
}

} // namespace branch::DataKeyRepository
