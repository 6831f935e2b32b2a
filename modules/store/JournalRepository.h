#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace branch {

class Database;

struct JournalRecord
{
    QString kind;
    QByteArray payload;
};

struct JournalEntry
{
    qint64 id = 0;
    QString sessionId;
    qint64 sequence = 0; // 1, 2, 3... within the session
    QString kind;
    QString createdAt; // UTC ISO 8601, as SQLite wrote it
    QByteArray payload;
};

// The kiosk shell's crash journal: what a customer has entered so far. Each
// append is its own durable transaction; when append returns an id, the entry
// survives a crash or power cut. Payloads are opaque and never logged.
class JournalRepository
{
public:
    explicit JournalRepository(Database &db);

    StoreResult<qint64> append(const QString &sessionId, const QString &kind, const QByteArray &payload);
    // All records in one transaction; ids in the order given.
    StoreResult<QList<qint64>> appendBatch(const QString &sessionId, const QList<JournalRecord> &records);
    StoreResult<QList<JournalEntry>> entries(const QString &sessionId) const;
    // Sessions with entries, e.g. to recover after a crash.
    StoreResult<QStringList> sessions() const;
    // Used by the idle timeout; value is the number of entries removed.
    StoreResult<int> clearSession(const QString &sessionId);

private:
    StoreError insert(const QString &sessionId, const JournalRecord &record, qint64 *id);

    Database &m_db;
};

} // namespace branch
