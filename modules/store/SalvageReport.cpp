#include "SalvageReport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace branch {

QStringList SalvageKind::all()
{
    return {OutboxWaiting, OutboxRefused, OutboxDelivered, OutboxUnreadable, DataKeys, Enrolment, ReceiptDays, Payments};
}

qint64 SalvageReport::saved(const QString &kind) const
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const SalvageItem &i) { return i.kind == kind; });
    return it == items.cend() ? 0 : it->saved;
}

qint64 SalvageReport::lost(const QString &kind) const
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const SalvageItem &i) { return i.kind == kind; });
    return it == items.cend() ? 0 : it->lost;
}

qint64 SalvageReport::totalLost() const
{
    qint64 total = 0;
    for (const SalvageItem &i : items)
        total += i.lost;
    return total;
}

QString SalvageReport::firstSequence() const
{
    if (!receiptBlock)
        return {};
    return QStringLiteral("%1").arg(*receiptBlock * 100000 + 1, 6, 10, QLatin1Char('0'));
}

QString SalvageReport::kindName(const QString &kind)
{
    using namespace SalvageKind;
    if (kind == OutboxWaiting)
        return tr("Requests waiting for core");
    if (kind == OutboxRefused)
        return tr("Requests core refused");
    if (kind == OutboxDelivered)
        return tr("Requests core already booked");
    if (kind == OutboxUnreadable)
        return tr("Requests too damaged to read");
    if (kind == DataKeys)
        return tr("Keys that open customer data");
    if (kind == Enrolment)
        return tr("Enrolment with core");
    if (kind == ReceiptDays)
        return tr("Daily receipt counters");
    if (kind == Payments)
        return tr("Card payments and their keys");
    return kind;
}

QString SalvageReport::outcomeText(const QString &outcome)
{
    if (outcome == SalvageOutcome::Complete)
        return tr("Every request, data key and the enrolment in the damaged database were saved. Its audit log "
                  "stays in the damaged file, as evidence.");
    if (outcome == SalvageOutcome::Partial)
        return tr("Part of the damaged database could not be read. What was saved and what was lost is listed "
                  "below.");
    return tr("Nothing could be read from the damaged database. It is kept for inspection.");
}

namespace SalvageReports {
namespace {

StoreError failed(const QSqlQuery &q, const QString &what)
{
    return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), what);
}

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

StoreResult<qint64> insert(const QSqlDatabase &db, const SalvageReport &report)
{
    StoreResult<qint64> result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO store_salvage (quarantine_path, method, outcome, damage, receipt_epoch, "
                             "receipt_block) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(report.quarantinePath);
    q.addBindValue(report.method);
    q.addBindValue(report.outcome);
    q.addBindValue(report.damage.isNull() ? QStringLiteral("") : report.damage);
    q.addBindValue(orNull(report.receiptEpoch));
    q.addBindValue(report.receiptBlock ? QVariant(*report.receiptBlock) : QVariant(QMetaType(QMetaType::Int)));
    if (!q.exec()) {
        result.error = failed(q, QStringLiteral("insert salvage report"));
        return result;
    }
    result.value = q.lastInsertId().toLongLong();
    for (const SalvageItem &item : report.items) {
        q.prepare(QStringLiteral("INSERT INTO store_salvage_item (salvage_id, kind, saved, lost) VALUES (?, ?, ?, ?)"));
        q.addBindValue(result.value);
        q.addBindValue(item.kind);
        q.addBindValue(item.saved);
        q.addBindValue(item.lost);
        if (!q.exec()) {
            result.error = failed(q, QStringLiteral("insert salvage item"));
            return result;
        }
    }
    for (const QString &receipt : report.lostReceipts) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO store_salvage_receipt (salvage_id, receipt_no) VALUES (?, ?)"));
        q.addBindValue(result.value);
        q.addBindValue(receipt);
        if (!q.exec()) {
            result.error = failed(q, QStringLiteral("insert salvage receipt"));
            return result;
        }
    }
    return result;
}

StoreResult<QList<SalvageReport>> list(const QSqlDatabase &db)
{
    StoreResult<QList<SalvageReport>> result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, created_at, quarantine_path, method, outcome, damage, receipt_epoch, "
                               "receipt_block, audited FROM store_salvage ORDER BY id DESC"))) {
        result.error = failed(q, QStringLiteral("list salvage reports"));
        return result;
    }
    while (q.next()) {
        SalvageReport r;
        r.id = q.value(0).toLongLong();
        r.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.quarantinePath = q.value(2).toString();
        r.method = q.value(3).toString();
        r.outcome = q.value(4).toString();
        r.damage = q.value(5).toString();
        if (!q.value(6).isNull())
            r.receiptEpoch = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            r.receiptBlock = q.value(7).toInt();
        r.audited = q.value(8).toInt() == 1;
        result.value.append(r);
    }
    for (SalvageReport &r : result.value) {
        QSqlQuery items(db);
        items.prepare(QStringLiteral("SELECT kind, saved, lost FROM store_salvage_item WHERE salvage_id = ?"));
        items.addBindValue(r.id);
        if (!items.exec()) {
            result.error = failed(items, QStringLiteral("read salvage items"));
            return result;
        }
        while (items.next())
            r.items.append({items.value(0).toString(), items.value(1).toLongLong(), items.value(2).toLongLong()});
        // In the order staff read them, whatever order SQLite returns.
        const QStringList order = SalvageKind::all();
        std::stable_sort(r.items.begin(), r.items.end(), [&](const SalvageItem &a, const SalvageItem &b) {
            return order.indexOf(a.kind) < order.indexOf(b.kind);
        });
        items.prepare(QStringLiteral("SELECT receipt_no FROM store_salvage_receipt WHERE salvage_id = ? "
                                     "ORDER BY receipt_no"));
        items.addBindValue(r.id);
        if (!items.exec()) {
            result.error = failed(items, QStringLiteral("read salvage receipts"));
            return result;
        }
        while (items.next())
            r.lostReceipts.append(items.value(0).toString());
    }
    return result;
}

StoreResult<std::optional<SalvageReport>> find(const QSqlDatabase &db, qint64 id)
{
    StoreResult<std::optional<SalvageReport>> result;
    const auto all = list(db);
    result.error = all.error;
    for (const SalvageReport &r : all.value) {
        if (r.id == id)
            result.value = r;
    }
    return result;
}

StoreResult<QList<qint64>> unaudited(const QSqlDatabase &db)
{
    StoreResult<QList<qint64>> result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM store_salvage WHERE audited = 0 ORDER BY id"))) {
        result.error = failed(q, QStringLiteral("list unaudited salvage reports"));
        return result;
    }
    while (q.next())
        result.value.append(q.value(0).toLongLong());
    return result;
}

StoreError markAudited(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE store_salvage SET audited = 1 WHERE id = ? AND audited = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, QStringLiteral("mark salvage report audited"));
    if (q.numRowsAffected() != 1)
        return StoreError::make(StoreReason::QueryFailed, QStringLiteral("salvage report %1 already audited").arg(id));
    return {};
}

} // namespace SalvageReports
} // namespace branch
