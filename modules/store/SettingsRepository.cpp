#include "SettingsRepository.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace branch {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

StoreResult<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    StoreResult<std::optional<QString>> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM kiosk_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read setting"));
        return result;
    }
    if (q.next())
        result.value = q.value(0).toString();
    return result;
}

StoreError SettingsRepository::setValue(const QString &key, const QString &value)
{
    Transaction tx(m_db.connection());
    if (StoreError e = tx.begin(); e.isError())
        return e;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO kiosk_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("write setting"));
    }
    return tx.commit();
}

StoreResult<bool> SettingsRepository::remove(const QString &key)
{
    StoreResult<bool> result;
    Transaction tx(m_db.connection());
    if (result.error = tx.begin(); result.error.isError())
        return result;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM kiosk_settings WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec()) {
            result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("remove setting"));
            return result;
        }
        result.value = q.numRowsAffected() > 0;
    }
    result.error = tx.commit();
    return result;
}

} // namespace branch
