#include "JournalRepository.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace branch {

JournalRepository::JournalRepository(Database &db)
    : m_db(db)
{
}

StoreError JournalRepository::insert(const QString &sessionId, const JournalRecord &record, qint64 *id)
{
    // Runs inside the caller's BEGIN IMMEDIATE, so the next sequence number
    // cannot be taken by another writer in between.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO session_journal (session_id, kind, payload, sequence) "
        "VALUES (?, ?, ?, (SELECT COALESCE(MAX(sequence), 0) + 1 FROM session_journal WHERE session_id = ?))"));
    q.addBindValue(sessionId);
    q.addBindValue(record.kind);
    q.addBindValue(record.payload);
    q.addBindValue(sessionId);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("append journal"));
    *id = q.lastInsertId().toLongLong();
    return {};
}

StoreResult<qint64> JournalRepository::append(const QString &sessionId, const QString &kind,
                                              const QByteArray &payload)
{
    StoreResult<qint64> result;
    Transaction tx(m_db.connection());
    if (result.error = tx.begin(); result.error.isError())
        return result;
    if (result.error = insert(sessionId, {kind, payload}, &result.value); result.error.isError())
        return result;
    result.error = tx.commit();
    if (!result.ok())
        result.value = 0;
    return result;
}

StoreResult<QList<qint64>> JournalRepository::appendBatch(const QString &sessionId,
                                                          const QList<JournalRecord> &records)
{
    StoreResult<QList<qint64>> result;
    Transaction tx(m_db.connection());
    if (result.error = tx.begin(); result.error.isError())
        return result;
    for (const JournalRecord &record : records) {
        qint64 id = 0;
        if (result.error = insert(sessionId, record, &id); result.error.isError()) {
            result.value.clear();
            return result;
        }
        result.value.append(id);
    }
    result.error = tx.commit();
    if (!result.ok())
        result.value.clear();
    return result;
}

StoreResult<QList<JournalEntry>> JournalRepository::entries(const QString &sessionId) const
{
    StoreResult<QList<JournalEntry>> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, session_id, sequence, kind, created_at, payload FROM session_journal "
                             "WHERE session_id = ? ORDER BY sequence"));
    q.addBindValue(sessionId);
    if (!q.exec()) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("list journal"));
        return result;
    }
    while (q.next()) {
        result.value.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toByteArray()});
    }
    return result;
}

StoreResult<QStringList> JournalRepository::sessions() const
{
    StoreResult<QStringList> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT session_id FROM session_journal ORDER BY session_id"))) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("list sessions"));
        return result;
    }
    while (q.next())
        result.value.append(q.value(0).toString());
    return result;
}

StoreResult<int> JournalRepository::clearSession(const QString &sessionId)
{
    StoreResult<int> result;
    Transaction tx(m_db.connection());
    if (result.error = tx.begin(); result.error.isError())
        return result;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM session_journal WHERE session_id = ?"));
        q.addBindValue(sessionId);
        if (!q.exec()) {
            result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("clear journal"));
            return result;
        }
        result.value = q.numRowsAffected();
    }
    result.error = tx.commit();
    return result;
}

} // namespace branch
