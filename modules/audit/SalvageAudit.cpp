#include "SalvageAudit.h"

#include "AuditLog.h"
#include "AuditRecord.h"
#include "AuditLogging.h"
#include "Database.h"
#include "SalvageReport.h"
#include "Transaction.h"

namespace branch {
namespace {

AuditDetails detailsOf(const SalvageReport &report)
{
    using namespace SalvageKind;
    qint64 entriesSaved = 0;
    qint64 entriesLost = 0;
    for (const QString &kind : {QString(OutboxWaiting), QString(OutboxRefused), QString(OutboxDelivered),
                                QString(OutboxUnreadable)}) {
        entriesSaved += report.saved(kind);
        entriesLost += report.lost(kind);
    }
    AuditDetails details;
    details.outcome(report.outcome)
        .set(QStringLiteral("method"), report.method)
        .set(QStringLiteral("waiting_saved"), report.saved(OutboxWaiting))
        .set(QStringLiteral("waiting_lost"), report.lost(OutboxWaiting))
        .set(QStringLiteral("entries_saved"), entriesSaved)
        .set(QStringLiteral("entries_lost"), entriesLost)
        .set(QStringLiteral("keys_saved"), report.saved(DataKeys))
        .set(QStringLiteral("keys_lost"), report.lost(DataKeys))
        .set(QStringLiteral("enrolment"), report.saved(Enrolment) > 0)
        .set(QStringLiteral("receipts_lost"), qint64(report.lostReceipts.size()));
    if (report.receiptEpoch && report.receiptBlock) {
        details.set(QStringLiteral("receipt_epoch"), *report.receiptEpoch)
            .set(QStringLiteral("receipt_block"), qint64(*report.receiptBlock));
    }
    return details;
}

} // namespace

StoreResult<int> auditSalvageReports(Database &db, AuditLog &log, const QString &actor)
{
    StoreResult<int> result;
    const auto pending = SalvageReports::unaudited(db.connection());
    if (!pending.ok()) {
        result.error = pending.error;
        return result;
    }
    for (const qint64 id : pending.value) {
        Transaction tx(db.connection());
        if (result.error = tx.begin(); result.error.isError())
            return result;
        const auto report = SalvageReports::find(db.connection(), id);
        if (!report.ok() || !report.value) {
            result.error = report.ok() ? StoreError::make(StoreReason::QueryFailed, QStringLiteral("report gone"))
                                       : report.error;
            return result;
        }
        AuditEvent event;
        event.kind = QString(AuditKind::StoreSalvage);
        event.actor = actor;
        event.subject = AuditSubject::named(QStringLiteral("salvage"), id);
        event.details = detailsOf(*report.value);
        if (result.error = log.append(event, &tx).error; result.error.isError())
            return result;
        if (result.error = SalvageReports::markAudited(db.connection(), id); result.error.isError())
            return result;
        if (result.error = tx.commit(); result.error.isError())
            return result;
        ++result.value;
        qCInfo(lcAudit) << "salvage report" << id << "recorded in the audit log";
    }
    return result;
}

} // namespace branch
