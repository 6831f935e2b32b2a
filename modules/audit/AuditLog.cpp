#include "AuditLog.h"

#include "AuditChainKey.h"
#include "AuditLogging.h"
#include "Clock.h"
#include "Database.h"
#include "SecurityError.h"
#include "Transaction.h"

#include "AuditRepository.h"

#include <QJsonDocument>

#include <limits>

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

AuditLog::AuditLog(Database &db, const Clock &clock, std::shared_ptr<const AuditChainKey> key)
    : m_db(db)
    , m_clock(clock)
    , m_key(std::move(key))
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
    if (reason == UnkeyedRow)
        return tr("The audit log is broken: a row was written or recomputed without the audit log's key.");
    if (reason == SecurityReason::AuditKeyMissing)
        return SecurityError::messageFor(reason);
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
    } else if (!m_key) {
        result.error = auditError(SecurityReason::AuditKeyMissing, event.kind);
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
    AuditRepository table(m_db.connection());
    const StoreResult<AuditTail> tail = table.tail();
    if (!tail.ok())
        return tail.error;
    AuditRecord r;
    r.id = tail.value.lastId + 1;
    r.prevHash = tail.value.lastHash.value_or(auditGenesisHash());
    r.createdAt = m_clock.now().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    r.kind = event.kind;
    r.actor = event.actor;
    r.subject = event.subject;
    r.details = QString::fromUtf8(QJsonDocument(event.details.toJson()).toJson(QJsonDocument::Compact));
    r.hash = auditHash(*m_key, r);
    if (const StoreError e = table.insert(r); e.isError())
        return e;
    *id = r.id;
    qCDebug(lcAudit) << "audit row" << r.id << r.kind;
    return {};
}

StoreResult<AuditVerification> AuditLog::verify() const
{
    return verifyFrom(0, auditGenesisHash());
}

StoreResult<AuditVerification> AuditLog::verifyFrom(qint64 afterId, const QString &afterHash) const
{
    StoreResult<AuditVerification> result;
    AuditVerification &v = result.value;
    v.keyed = m_key != nullptr;
    const auto broken = [&v](qint64 id, QLatin1String reason) {
        v.brokenRowId = id;
        v.reason = reason;
        v.message = messageFor(v.reason);
        qCWarning(lcAudit) << "audit chain broken at row" << id << reason;
    };
    // Without a key every row is taken as written before keying began.
    const qint64 keyedFrom = m_key ? m_key->keyedFrom() : std::numeric_limits<qint64>::max();
    const AuditRepository table(m_db.connection());
    QString expectedPrev = afterHash;
    qint64 expectedId = afterId + 1;
    bool keyedSeen = m_key && afterId >= keyedFrom; // that row, at or past the switch point, was keyed
    result.error = table.forRange(afterId, std::numeric_limits<qint64>::max(), [&](const AuditRecord &r) {
        if (r.id != expectedId) {
            broken(r.id, AuditReason::RowMissing);
            return false;
        }
        if (r.prevHash != expectedPrev) {
            broken(r.id, AuditReason::PrevHashMismatch);
            return false;
        }
        const bool keyedMatch = m_key && auditHash(*m_key, r) == r.hash;
        // Plain SHA-256 only in the prefix written before the key existed.
        const bool legacyMatch = !keyedMatch && auditLegacyHash(r) == r.hash;
        if (!keyedMatch && !(legacyMatch && r.id < keyedFrom && !keyedSeen)) {
            broken(r.id, legacyMatch ? AuditReason::UnkeyedRow : AuditReason::HashMismatch);
            return false;
        }
        keyedSeen = keyedSeen || keyedMatch;
        ++v.rowsChecked;
        expectedPrev = r.hash;
        ++expectedId;
        return true;
    });
    if (!result.ok() || !v.intact())
        return result;
    v.lastId = expectedId - 1;
    v.head = expectedPrev;
    // AUTOINCREMENT remembers the highest id ever used, so rows cut off the
    // end show up as a sequence ahead of the last row. Whoever lowers the
    // sequence as well still cannot go below the rows the key was made over.
    const StoreResult<qint64> seq = table.sequence();
    const bool belowSwitch = m_key && v.lastId < keyedFrom - 1;
    if (belowSwitch || (seq.ok() && seq.value >= expectedId))
        broken(expectedId, AuditReason::TailMissing);
    return result;
}

} // namespace branch
