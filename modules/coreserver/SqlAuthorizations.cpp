// The supervisor-authorization part of SqlCoreStore: which applied
// transaction used which authorization, so that one approval never covers
// two transactions (docs/authorization.md). A new table only.
#include "SqlCoreStore.h"

#include <QSqlQuery>

namespace branch {

QStringList SqlCoreStore::authorizationSchema()
{
    return {
        // Keyed by the authorization alone: core made its id, whichever
        // kiosk presents it.
        QStringLiteral("CREATE TABLE IF NOT EXISTS authorization_uses (authorization_id TEXT PRIMARY KEY,"
                       " device_id TEXT NOT NULL, tx_key TEXT NOT NULL)"),
    };
}

QString SqlCoreStore::authorizationRefusal(const CoreTransaction &tx, CoreStoreStatus *status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT tx_key FROM authorization_uses WHERE authorization_id = ?"));
    q.addBindValue(tx.authorization->statement.id);
    if (!q.exec()) {
        *status = failed(q, "read authorization use");
        return {};
    }
    if (q.next() && q.value(0).toString() != tx.key)
        return QStringLiteral("authorization_already_used");
    return {};
}

CoreStoreStatus SqlCoreStore::markAuthorizationUsed(const QString &deviceId, const CoreTransaction &tx)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO authorization_uses (authorization_id, device_id, tx_key) VALUES (?, ?, ?)"));
    q.addBindValue(tx.authorization->statement.id);
    q.addBindValue(deviceId);
    q.addBindValue(tx.key);
    if (!q.exec())
        return failed(q, "mark authorization used");
    return {};
}

} // namespace branch
