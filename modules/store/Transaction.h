#pragma once

#include "StoreError.h"

#include <QSqlDatabase>

namespace branch {

// Rolls back unless commit() succeeded. Uses BEGIN IMMEDIATE so the write lock
// is taken up front: a deferred transaction that upgrades to a writer later can
// fail with SQLITE_BUSY without the busy timeout ever helping.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    StoreError begin();
    // With synchronous=FULL, a successful commit is on disk when this returns.
    StoreError commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace branch
