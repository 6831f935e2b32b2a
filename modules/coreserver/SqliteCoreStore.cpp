#include "SqliteCoreStore.h"

#include "CoreServerLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace branch {
namespace {

// Core's database holds every device's transactions: owner only. SQLite
// gives its -wal and -shm files the database file's mode, so creating the
// database 0600 (and tightening a looser one) covers all three.
QString restrictMode(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
    struct stat st = {};
    QString error;
    if (::fstat(fd, &st) == 0 && (st.st_mode & 077) != 0) {
        qCWarning(lcCoreServer).noquote() << "tightening the mode of" << path << "to 0600 (was"
                                          << QString::number(st.st_mode & 0777, 8) << ")";
        if (::fchmod(fd, 0600) != 0)
            error = QStringLiteral("cannot restrict the mode of %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
    }
    ::close(fd);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QByteArray side = native + suffix;
        if (::stat(side.constData(), &st) == 0 && (st.st_mode & 077) != 0)
            ::chmod(side.constData(), 0600);
    }
    return error;
}

} // namespace

SqliteCoreStore::SqliteCoreStore(const QString &path, int busyTimeoutMs)
    : m_path(path), m_busyTimeoutMs(busyTimeoutMs)
{
}

QString SqliteCoreStore::connect()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return QStringLiteral("cannot create the directory of %1").arg(m_path);
    if (const QString error = restrictMode(m_path); !error.isEmpty())
        return error;
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
