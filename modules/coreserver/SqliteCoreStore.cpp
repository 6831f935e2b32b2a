#include "SqliteCoreStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace branch {

SqliteCoreStore::SqliteCoreStore(const QString &path, int busyTimeoutMs)
    : m_path(path), m_busyTimeoutMs(busyTimeoutMs)
{
}

QString SqliteCoreStore::connect()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return QStringLiteral("cannot create the directory of %1").arg(m_path);
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open())
        return m_db.lastError().text();
    QSqlQuery q(m_db);
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return q.lastError().text();
    }
    return {};
}

} // namespace branch
