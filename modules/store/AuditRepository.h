#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace branch {

// One row of the audit_log table (migration 0004), exactly as stored. The
// audit module builds, hashes and checks rows; this is only their SQL.
struct AuditRow
{
    qint64 id = 0;
    QString createdAt;
    QString kind;
    QString actor;
    QString subject;
    QString details; // compact JSON
    QString prevHash;
    QString hash;
};

struct AuditTail
{
    // The highest id ever used (AUTOINCREMENT remembers deleted rows too).
    qint64 lastId = 0;
    // The newest row's hash; none in an empty table.
    std::optional<QString> lastHash;
};

// The append-only audit table. The caller holds the write transaction
// around tail() and insert(), so the tail cannot move in between.
class AuditRepository
{
public:
    explicit AuditRepository(const QSqlDatabase &db);

    StoreResult<AuditTail> tail() const;
    StoreError insert(const AuditRow &row);
    // Every row in id order; `visit` returns false to stop early.
    StoreError forEach(const std::function<bool(const AuditRow &)> &visit) const;
    // The rows with afterId < id <= upToId, in id order.
    StoreError forRange(qint64 afterId, qint64 upToId, const std::function<bool(const AuditRow &)> &visit) const;
    // One row by id, or none.
    StoreResult<std::optional<AuditRow>> row(qint64 id) const;
    // The row with the highest id, or none in an empty table.
    StoreResult<std::optional<AuditRow>> last() const;
    // The AUTOINCREMENT sequence: ahead of the last row when rows were cut off.
    StoreResult<qint64> sequence() const;

private:
    QSqlDatabase m_db;
};

} // namespace branch
