#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace branch {

// Reads a rowid table of a damaged SQLite file in rowid order, stepping over
// what SQLite cannot read. Debian 12's SQLite has neither the recovery API
// nor a working `.recover` (docs/store-recovery.md), so salvage goes through
// SQLite's own b-tree code, one range at a time: a damaged leaf costs the
// rows on it, a damaged interior page the rows beneath it; the rest is read
// exactly, never guessed from raw bytes.
class RowScanner
{
public:
    struct Stats
    {
        qint64 rows = 0;
        qint64 maxRowid = 0;    // the highest rowid read; 0 when none
        int damagedRanges = 0;  // ranges stepped over
        bool complete = true;   // false when anything was stepped over
        bool unreadable = false; // not one row could be read past the damage
    };

    // `columns` are SQL expressions read for each row after the rowid,
    // e.g. "payload" or "length(payload)".
    RowScanner(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    // `visit` gets the rowid and the columns' values, in rowid order.
    Stats scan(const std::function<void(qint64 rowid, const QVariantList &values)> &visit);

    static constexpr int BatchSize = 256;

private:
    struct Probe
    {
        bool ok = false;
        std::optional<qint64> rowid; // none: no row at or after the probe
    };
    Probe probe(qint64 from) const;
    // The first rowid after `lastGood` that SQLite can reach again; none at
    // the table's end or when nothing past the damage is reachable.
    std::optional<qint64> nextReadable(qint64 lastGood, bool *reachedEnd) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
};

} // namespace branch
