#include "AuditLog.h"

#include "AuditLogging.h"
#include "Clock.h"
#include "Database.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace branch {
namespace {

StoreError auditError(const QString &reason, const QString &detail)
{
    StoreError e;
    e.reason = reason;
    e.message = AuditLog::messageFor(e.reason);
    e.detail = detail;
    return e;
}

} // namespace

AuditLog::AuditLog(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString AuditLog::messageFor(const QString &reason)
{
    using namespace AuditReason;
    if (reason == InvalidEvent)
        return tr("The audit entry is incomplete and was not recorded.");
    if (reason == UnknownDetail)
        return tr("The audit entry names a detail the audit log does not keep, and was not recorded.");
    if (reason == InvalidDetail)
        return tr("A detail of the audit entry does not have the form of its kind, and the entry was not recorded.");
    if (reason == NoTransaction)
        return tr("The audit entry was given a transaction that is not open.");
    if (reason == PrevHashMismatch)
        return tr("The audit log is broken: a row does not follow the one before it (removed or reordered rows).");
    if (reason == HashMismatch)
        return tr("The audit log is broken: a row was changed after it was written.");
    if (reason == RowMissing)
        return tr("The audit log is broken: rows are missing.");
    if (reason == TailMissing)
        return tr("The audit log is broken: its most recent rows are missing.");
    return StoreError::messageFor(reason);
}

StoreResult<qint64> AuditLog::append(const AuditEvent &event, const Transaction *caller)
{
    StoreResult<qint64> result;
    // Each part is checked against its type; the error names the part, never its value.
    if (!AuditKind::isKnown(event.kind)) {
        result.error = auditError(AuditReason::InvalidEvent, QStringLiteral("kind"));
    } else if (!AuditActor::isValid(event.actor)) {
        result.error = auditError(AuditReason::InvalidEvent, QStringLiteral("actor"));
    } else if (!AuditSubject::isValid(event.subject)) {
        result.error = auditError(AuditReason::InvalidEvent, QStringLiteral("subject"));
    } else if (!event.details.isValid()) {
        result.error = auditError(event.details.problemReason(), event.details.problemKey());
    } else if (caller && !caller->isActive()) {
        result.error = auditError(AuditReason::NoTransaction, event.kind);
    }
    if (!result.ok()) {
        qCWarning(lcAudit) << "audit entry refused:" << result.error.reason << result.error.detail;
        return result;
    }
    if (caller) {
        result.error = insert(event, &result.value);
        return result;
    }
    Transaction tx(m_db.connection());
    StoreError &e = result.error;
    if ((e = tx.begin()).isError() || (e = insert(event, &result.value)).isError() || (e = tx.commit()).isError())
        qCWarning(lcAudit) << "audit entry not stored:" << e.reason << e.detail;
    return result;
}

StoreError AuditLog::insert(const AuditEvent &event, qint64 *id)
{
    // Runs under the write lock (BEGIN IMMEDIATE), so the last row cannot
    // change between reading its hash and appending after it.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), "
                               "COALESCE((SELECT MAX(id) FROM audit_log), 0)), "
                               "(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"))
        || !q.next())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read audit tail"));
    AuditRecord r;
    r.id = q.value(0).toLongLong() + 1;
    r.prevHash = q.value(1).isNull() ? AuditRecord::genesisHash() : q.value(1).toString();
    q.finish();
    r.createdAt = m_clock.now().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    r.kind = event.kind;
    r.actor = event.actor;
    r.subject = event.subject;
    r.details = QString::fromUtf8(QJsonDocument(event.details.toJson()).toJson(QJsonDocument::Compact));
    r.hash = r.computeHash();

    q.prepare(QStringLiteral("INSERT INTO audit_log (id, created_at, kind, actor, subject, details, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(r.id), QVariant(r.createdAt), QVariant(r.kind), QVariant(r.actor),
                              QVariant(r.subject), QVariant(r.details), QVariant(r.prevHash), QVariant(r.hash)})
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("append audit row"));
    *id = r.id;
    qCDebug(lcAudit) << "audit row" << r.id << r.kind;
    return {};
}

StoreResult<AuditVerification> AuditLog::verify() const
{
    StoreResult<AuditVerification> result;
    AuditVerification &v = result.value;
    const auto broken = [&v](qint64 id, QLatin1String reason) {
        v.brokenRowId = id;
        v.reason = reason;
        v.message = messageFor(v.reason);
        qCWarning(lcAudit) << "audit chain broken at row" << id << reason;
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, created_at, kind, actor, subject, details, prev_hash, hash "
                               "FROM audit_log ORDER BY id"))) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read audit log"));
        return result;
    }
    QString expectedPrev = AuditRecord::genesisHash();
    qint64 expectedId = 1;
    while (q.next()) {
        AuditRecord r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
        if (r.id != expectedId) {
            broken(r.id, AuditReason::RowMissing);
            return result;
        }
        if (r.prevHash != expectedPrev) {
            broken(r.id, AuditReason::PrevHashMismatch);
            return result;
        }
        if (r.computeHash() != r.hash) {
            broken(r.id, AuditReason::HashMismatch);
            return result;
        }
        ++v.rowsChecked;
        expectedPrev = r.hash;
        ++expectedId;
    }
    q.finish();
    // AUTOINCREMENT remembers the highest id ever used, so rows cut off the
    // end show up as a sequence ahead of the last row.
    if (q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")) && q.next()
        && q.value(0).toLongLong() >= expectedId)
        broken(expectedId, AuditReason::TailMissing);
    return result;
}

} // namespace branch
