#pragma once

#include "SqlCoreStore.h"

namespace branch {

// A write transaction that rolls back unless committed. SQLite needs
// BEGIN IMMEDIATE so that a reader turning writer waits on busy_timeout
// instead of failing; the statement comes from the store.
class SqlCoreStore::Write
{
public:
    Write(QSqlDatabase &db, const QString &begin)
        : m_db(db), m_query(db)
    {
        m_open = m_query.exec(begin);
    }
    ~Write()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Write(const Write &) = delete;
    Write &operator=(const Write &) = delete;

    bool begun() const { return m_open; }
    const QSqlQuery &query() const { return m_query; }
    bool commit()
    {
        m_open = false;
        return m_query.exec(QStringLiteral("COMMIT"));
    }

private:
    QSqlDatabase &m_db;
    QSqlQuery m_query;
    bool m_open = false;
};

} // namespace branch
