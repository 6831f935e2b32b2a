#include "RowScanner.h"

#include "StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>

namespace branch {
namespace {

constexpr qint64 kMaxRowid = std::numeric_limits<qint64>::max();

} // namespace

RowScanner::RowScanner(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
{
}

RowScanner::Probe RowScanner::probe(qint64 from) const
{
    Probe p;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // NOT INDEXED: only the table's own b-tree, never a (maybe damaged) index.
    if (!q.prepare(QStringLiteral("SELECT rowid FROM \"%1\" NOT INDEXED WHERE rowid >= ? ORDER BY rowid LIMIT 1")
                       .arg(m_table)))
        return p;
    q.addBindValue(from);
    if (!q.exec())
        return p;
    if (q.next())
        p.rowid = q.value(0).toLongLong();
    p.ok = !q.lastError().isValid();
    return p;
}

std::optional<qint64> RowScanner::nextReadable(qint64 lastGood, bool *reachedEnd) const
{
    *reachedEnd = false;
    // Widen the jump until SQLite reaches a row again (or the end), then
    // narrow it back down so no readable row right after the damage is missed.
    qint64 bad = lastGood;
    qint64 step = 1;
    qint64 good = -1;
    Probe found;
    while (step > 0 && lastGood <= kMaxRowid - step) {
        const qint64 at = lastGood + step;
        const Probe p = probe(at);
        if (p.ok) {
            good = at;
            found = p;
            break;
        }
        bad = at;
        step = step > kMaxRowid / 2 ? 0 : step * 2;
    }
    if (good < 0)
        return std::nullopt;
    while (good - bad > 1) {
        const qint64 mid = bad + (good - bad) / 2;
        const Probe p = probe(mid);
        if (p.ok) {
            good = mid;
            found = p;
        } else {
            bad = mid;
        }
    }
    if (!found.rowid)
        *reachedEnd = true;
    return found.rowid;
}

RowScanner::Stats RowScanner::scan(const std::function<void(qint64, const QVariantList &)> &visit)
{
    Stats stats;
    const QString sql = QStringLiteral("SELECT rowid%1 FROM \"%2\" NOT INDEXED WHERE rowid > ? ORDER BY rowid LIMIT %3")
                            .arg(m_columns.isEmpty() ? QString() : QStringLiteral(", ") + m_columns.join(QStringLiteral(", ")),
                                 m_table)
                            .arg(BatchSize);
    // Rowids start at 1 in every table the store writes.
    qint64 cursor = 0;
    for (;;) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        int fetched = 0;
        bool failed = !q.prepare(sql);
        if (!failed) {
            q.addBindValue(cursor);
            failed = !q.exec();
        }
        while (!failed && q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            QVariantList values;
            values.reserve(m_columns.size());
            for (int i = 1; i <= m_columns.size(); ++i)
                values.append(q.value(i));
            visit(rowid, values);
            ++stats.rows;
            ++fetched;
            cursor = rowid;
            stats.maxRowid = rowid;
        }
        failed = failed || q.lastError().isValid();
        if (!failed) {
            if (fetched < BatchSize)
                return stats;
            continue;
        }
        // Table and page names only: never a row's content.
        qCWarning(lcStore).noquote() << "salvage:" << m_table << "unreadable after rowid" << cursor << "-"
                                     << q.lastError().text();
        stats.complete = false;
        ++stats.damagedRanges;
        bool reachedEnd = false;
        const std::optional<qint64> next = nextReadable(cursor, &reachedEnd);
        if (!next) {
            stats.unreadable = !reachedEnd && stats.rows == 0;
            return stats;
        }
        // The very row SQLite reaches again is the one it cannot read whole
        // (e.g. a damaged overflow page): it is lost, the scan goes on past it.
        cursor = fetched == 0 && *next == cursor + 1 ? *next : *next - 1;
    }
}

} // namespace branch
