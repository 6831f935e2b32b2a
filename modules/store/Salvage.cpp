#include "Salvage.h"

#include "ReadOnlyFile.h"
#include "ReceiptNumber.h"
#include "RowScanner.h"
#include "SalvageRows.h"
#include "StoreLogging.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace branch::Salvage {
namespace {

QAtomicInteger<quint32> salvageCounter;

const QStringList kSealedColumns = {QStringLiteral("payload"), QStringLiteral("signature_png"),
                                    QStringLiteral("signature_strokes")};
// Enrolment as `branchctl device enroll` stores it (SyncStatus.cpp's CoreSettings).
const QStringList kEnrolmentKeys = {QStringLiteral("sync.core_url"), QStringLiteral("sync.ca_file")};

QString kindOfState(const QString &state)
{
    if (state == QLatin1String("acknowledged"))
        return SalvageKind::OutboxDelivered;
    if (state == QLatin1String("rejected"))
        return SalvageKind::OutboxRefused;
    return SalvageKind::OutboxWaiting; // pending, sent
}

class Counter
{
public:
    void save(const QString &kind, qint64 n = 1) { m_items[kind].saved += n; }
    void lose(const QString &kind, qint64 n = 1) { m_items[kind].lost += n; }
    QList<SalvageItem> items() const
    {
        QList<SalvageItem> out;
        for (const QString &kind : SalvageKind::all())
            out.append({kind, m_items.value(kind).saved, m_items.value(kind).lost});
        return out;
    }

private:
    QHash<QString, SalvageItem> m_items;
};

// What was read from the damaged copy, before anything is written.
struct Harvest
{
    SalvageRows keys, submissions, outbox, settings, payments;
    QList<QVariantList> days;
    QStringList dayColumns;
    bool daysComplete = true;
    qint64 keySequence = 0;
};

Harvest harvest(const QSqlDatabase &source, const QSqlDatabase &target)
{
    Harvest h;
    h.keys = SalvageRows::read(source, target, QStringLiteral("data_keys"), {QStringLiteral("wrapped")});
    h.submissions = SalvageRows::read(source, target, QStringLiteral("submissions"), kSealedColumns);
    h.outbox = SalvageRows::read(source, target, QStringLiteral("outbox"));
    h.settings = SalvageRows::read(source, target, QStringLiteral("kiosk_settings"));
    // A file from before migration 8 has no payments: nothing to read, nothing lost.
    if (!SalvageRows::sharedColumns(source, target, QStringLiteral("payments")).isEmpty())
        h.payments = SalvageRows::read(source, target, QStringLiteral("payments"));
    // WITHOUT ROWID and a row per day: read whole, or counted as damaged.
    h.dayColumns = SalvageRows::sharedColumns(source, target, QStringLiteral("receipt_sequence"));
    QSqlQuery q(source);
    if (!h.dayColumns.isEmpty() && q.exec(QStringLiteral("SELECT %1 FROM receipt_sequence").arg(h.dayColumns.join(u',')))) {
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < h.dayColumns.size(); ++i)
                row.append(q.value(i));
            h.days.append(row);
        }
    }
    h.daysComplete = !h.dayColumns.isEmpty() && !q.lastError().isValid();
    if (q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'data_keys'")) && q.next())
        h.keySequence = q.value(0).toLongLong();
    return h;
}

StoreError writeAll(const QSqlDatabase &target, const Harvest &h, Counter &count, SalvageReport &report)
{
    // Keys first: the submissions' triggers accept sealed values only under a known key.
    for (const QVariantList &row : h.keys.rows) {
        if (h.keys.insert(target, row).isError())
            count.lose(SalvageKind::DataKeys);
        else
            count.save(SalvageKind::DataKeys);
    }
    // Ids never handed out again: what a lost key sealed must not meet a new key of its id.
    count.lose(SalvageKind::DataKeys, qMax<qint64>(0, qMax(h.keySequence, h.keys.stats.maxRowid) - h.keys.rows.size()));
    QSqlQuery q(target);
    q.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'data_keys'"));
    q.addBindValue(h.keySequence);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("keep data key ids"));

    QSet<qint64> delivered;
    const qsizetype submissionIdAt = h.outbox.columns.indexOf(QStringLiteral("submission_id"));
    const qsizetype stateAt = h.outbox.columns.indexOf(QStringLiteral("state"));
    const qsizetype numberAt = h.submissions.columns.indexOf(QStringLiteral("submission_no"));
    for (auto it = h.outbox.rows.cbegin(); it != h.outbox.rows.cend(); ++it) {
        const QString kind = kindOfState(it.value().value(stateAt).toString());
        const qint64 submissionId = it.value().value(submissionIdAt).toLongLong();
        const auto submission = h.submissions.rows.constFind(submissionId);
        if (submission == h.submissions.rows.cend()) {
            count.lose(kind); // the request itself is gone; its key alone cannot be sent
            continue;
        }
        delivered.insert(submissionId);
        // Both rows or neither.
        SalvageRows::Savepoint pair(target);
        if (pair.begin() && !h.submissions.insert(target, submission.value()).isError()
            && !h.outbox.insert(target, it.value()).isError() && pair.release()) {
            count.save(kind);
        } else {
            count.lose(kind);
            report.lostReceipts.append(submission.value().value(numberAt).toString());
        }
    }
    // Submissions whose outbox entry was unreadable: the receipt is known, the key is not.
    qint64 orphans = 0;
    for (auto it = h.submissions.rows.cbegin(); it != h.submissions.rows.cend(); ++it) {
        if (delivered.contains(it.key()))
            continue;
        report.lostReceipts.append(it.value().value(numberAt).toString());
        if (it.key() > h.outbox.stats.maxRowid)
            ++orphans;
    }
    // Outbox ids are never deleted or reused: a gap is an entry that was there.
    const qint64 gaps = h.outbox.stats.maxRowid - h.outbox.rows.size();
    count.lose(SalvageKind::OutboxUnreadable, gaps + orphans);

    bool enrolled = true;
    const qsizetype keyAt = h.settings.columns.indexOf(QStringLiteral("key"));
    QList<QVariantList> enrolment;
    for (const QVariantList &row : h.settings.rows) {
        if (kEnrolmentKeys.contains(row.value(keyAt).toString()))
            enrolment.append(row);
    }
    enrolled = enrolment.size() == kEnrolmentKeys.size();
    for (const QVariantList &row : enrolment)
        enrolled = !h.settings.insert(target, row).isError() && enrolled;
    if (enrolled)
        count.save(SalvageKind::Enrolment);
    else if (!h.settings.stats.complete || !enrolment.isEmpty())
        count.lose(SalvageKind::Enrolment);

    for (const QVariantList &row : h.days) {
        if (SalvageRows::insertRow(target, QStringLiteral("receipt_sequence"), h.dayColumns, row).isError())
            count.lose(SalvageKind::ReceiptDays);
        else
            count.save(SalvageKind::ReceiptDays);
    }
    if (!h.daysComplete)
        count.lose(SalvageKind::ReceiptDays);

    // Each payment's key: core answers for it, so an unknown one can still be resolved.
    for (const QVariantList &row : h.payments.rows) {
        if (h.payments.insert(target, row).isError())
            count.lose(SalvageKind::Payments);
        else
            count.save(SalvageKind::Payments);
    }
    count.lose(SalvageKind::Payments, qMax<qint64>(0, h.payments.stats.maxRowid - h.payments.rows.size()));
    report.lostReceipts.removeAll(QString());
    report.items = count.items();
    return {};
}

// Reads `source` (null: it could not be opened at all) and writes what it
// held, and the report, into `target` in one transaction.
StoreError writeReport(const QSqlDatabase &target, const QSqlDatabase *source, SalvageReport &report)
{
    Harvest h;
    bool readable = source != nullptr;
    if (readable)
        h = harvest(*source, target);
    readable = readable && !(h.keys.stats.unreadable && h.submissions.stats.unreadable && h.outbox.stats.unreadable);
    Transaction tx(target);
    if (StoreError e = tx.begin(); e.isError())
        return e;
    if (readable) {
        Counter count;
        SalvageRows::Savepoint all(target);
        StoreError e;
        if (!all.begin() || (e = writeAll(target, h, count, report)).isError() || !all.release()) {
            qCCritical(lcStore) << "salvage could not be written:" << e.detail;
            report.lostReceipts.clear();
            readable = false;
        }
    }
    if (readable) {
        const bool complete = h.keys.stats.complete && h.submissions.stats.complete && h.outbox.stats.complete
            && h.settings.stats.complete && h.daysComplete
            && (h.payments.table.isEmpty() || h.payments.stats.complete) && report.totalLost() == 0;
        report.outcome = complete ? QString(SalvageOutcome::Complete) : QString(SalvageOutcome::Partial);
    } else {
        report.outcome = QString(SalvageOutcome::Failed);
        report.items = Counter().items();
    }
    const auto id = SalvageReports::insert(target, report);
    if (!id.ok())
        return id.error;
    report.id = id.value;
    return tx.commit();
}

} // namespace

StoreResult<SalvageReport> run(const QSqlDatabase &target, const QString &quarantinePath, const QString &damage,
                               const std::optional<ReceiptEpoch> &epoch)
{
    StoreResult<SalvageReport> result;
    SalvageReport &report = result.value;
    report.quarantinePath = quarantinePath;
    report.damage = damage.left(2000);
    if (epoch) {
        report.receiptEpoch = epoch->epoch;
        report.receiptBlock = epoch->block;
    }
    report.outcome = QString(SalvageOutcome::Failed);

    // Never the quarantined files themselves: they are the evidence.
    const auto copy = ReadOnlyFile::prepareCopy(quarantinePath);
    const QString name = QStringLiteral("branch.salvage.%1").arg(salvageCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (copy.ok())
            source.setDatabaseName(copy.value->databaseName());
        const bool opened = copy.ok() && source.open();
        result.error = writeReport(target, opened ? &source : nullptr, report);
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result.error.isError())
        return result;
    qCWarning(lcStore).noquote() << "salvage of" << quarantinePath << report.outcome << "- saved"
                                 << report.saved(SalvageKind::OutboxWaiting) << "waiting entries, lost"
                                 << report.totalLost() << "records";
    return result;
}

} // namespace branch::Salvage
