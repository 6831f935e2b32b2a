#pragma once

#include "RowScanner.h"
#include "StoreError.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace branch {

// The readable rows of one table of a damaged file, in the columns it shares
// with the same table of the new database (an older file may lack later
// columns; they take their defaults).
struct SalvageRows
{
    QString table;
    QStringList columns;
    QMap<qint64, QVariantList> rows; // by rowid
    RowScanner::Stats stats;
    // Rows read but cut short: a blob that came back shorter than SQLite
    // says it is (a damaged overflow page). Left out of `rows`.
    qint64 torn = 0;

    // `blobColumns` are checked whole: their length() against the bytes read.
    static SalvageRows read(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table,
                            const QStringList &blobColumns = {});
    static QStringList sharedColumns(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table);
    static StoreError insertRow(const QSqlDatabase &target, const QString &table, const QStringList &columns,
                                const QVariantList &values);
    StoreError insert(const QSqlDatabase &target, const QVariantList &values) const
    {
        return insertRow(target, table, columns, values);
    }

    // A SAVEPOINT: rolled back unless released.
    class Savepoint
    {
    public:
        explicit Savepoint(const QSqlDatabase &db);
        ~Savepoint();
        Savepoint(const Savepoint &) = delete;
        Savepoint &operator=(const Savepoint &) = delete;
        bool begin();
        bool release();

    private:
        QSqlDatabase m_db;
        QString m_name;
        bool m_active = false;
    };
};

} // namespace branch
