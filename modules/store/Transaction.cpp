#include "Transaction.h"

#include "StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace branch {

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

StoreError Transaction::begin()
{
    if (!m_db.isOpen())
        return StoreError::make(StoreReason::NotOpen);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("begin"));
    m_active = true;
    return {};
}

StoreError Transaction::commit()
{
    if (!m_active)
        return StoreError::make(StoreReason::QueryFailed, QStringLiteral("commit without begin"));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        // The destructor rolls back whatever is still open.
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("commit"));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    // SQLite may already have rolled back by itself (e.g. after an I/O error);
    // then ROLLBACK fails harmlessly.
    if (!q.exec(QStringLiteral("ROLLBACK")) && m_db.isOpen())
        qCDebug(lcStore) << "rollback:" << q.lastError().text();
}

} // namespace branch
