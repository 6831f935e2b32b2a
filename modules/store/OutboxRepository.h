#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace branch {

class Database;

namespace OutboxState {
inline constexpr QLatin1String Pending{"pending"};
inline constexpr QLatin1String Sent{"sent"};
inline constexpr QLatin1String Acknowledged{"acknowledged"};
inline constexpr QLatin1String Rejected{"rejected"};
} // namespace OutboxState

struct OutboxEntry
{
    qint64 id = 0;
    qint64 submissionId = 0;
    QString idempotencyKey;
    QString orderingKey;
    QString state;
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC
    QString lastError;
    QDateTime createdAt; // UTC
};

// Read side of the outbox. Entries are written only by SubmissionRepository,
// together with their submission; the sync relay (a later issue) moves them
// through pending -> sent -> acknowledged | rejected.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db);

    // Pending entries due at `now` that are at the head of their ordering
    // key: an entry waits while an older one with the same key is still
    // pending or sent. At most `limit`, oldest first, so a backlog is never
    // read whole into memory.
    StoreResult<QList<OutboxEntry>> due(const QDateTime &now, int limit) const;
    StoreResult<std::optional<OutboxEntry>> findByKey(const QString &idempotencyKey) const;
    StoreResult<std::optional<OutboxEntry>> findBySubmission(qint64 submissionId) const;
    StoreResult<QHash<QString, qint64>> countByState() const;

private:
    StoreResult<QList<OutboxEntry>> select(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace branch
