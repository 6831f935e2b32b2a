#pragma once

// Helpers shared by the store tests: an independent SQLite connection for
// looking at a file behind the store's back, and file utilities.

#include "Migration.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace branch::test {

class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("test.raw.%1").arg(++counter()))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return m_db; }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(sql);
        if (!ok)
            m_lastError = q.lastError().text();
        return ok;
    }
    QString lastError() const { return m_lastError; }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    // Every row, every column, as text: for comparing whole tables.
    QStringList rows(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return {QStringLiteral("ERROR: ") + q.lastError().text()};
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols.append(q.value(i).toString());
            out.append(cols.join(u'|'));
        }
        return out;
    }

    QStringList userTables()
    {
        return rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    }

    QStringList schema()
    {
        return rows(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    }

    QStringList columns(const QString &table)
    {
        QStringList names;
        for (const QString &row : rows(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
            names.append(row);
        return names;
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    QSqlDatabase m_db;
    QString m_lastError;
};

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Copies the built-in migrations into `dir` as writable files, so a test can
// add a broken one or edit an applied one.
inline bool copyMigrations(const QString &dir)
{
    const QDir source(QStringLiteral(":/sqlite"));
    for (const QString &name : source.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        if (!writeFile(QDir(dir).filePath(name), readFile(source.filePath(name))))
            return false;
    }
    return true;
}

inline int latestVersion()
{
    return int(Migration::loadAll(QStringLiteral(":/sqlite")).value.size());
}

} // namespace branch::test
