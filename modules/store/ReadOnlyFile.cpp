#include "ReadOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sys/stat.h>

namespace branch {
namespace {

const QString kReadOnly = QStringLiteral("QSQLITE_OPEN_READONLY");

// Every SQLite database starts with these 16 bytes (fileformat2.html, 1.3).
const QByteArray kMagic("SQLite format 3\0", 16);

} // namespace

ReadOnlyFile::Stamp ReadOnlyFile::stampOf(const QString &path)
{
    Stamp stamp;
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return stamp;
    stamp.size = qint64(st.st_size);
    stamp.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    stamp.inode = quint64(st.st_ino);
    return stamp;
}

bool ReadOnlyFile::stillUnchanged() const
{
    return m_mode != Mode::Immutable || stampOf(m_path) == m_stamp;
}

StoreError ReadOnlyFile::copyAside(const QString &path)
{
    m_copyDir = std::make_unique<QTemporaryDir>();
    if (!m_copyDir->isValid())
        return StoreError::make(StoreReason::OpenFailed, QStringLiteral("no private folder for a copy"));
    const QString copy = m_copyDir->filePath(QStringLiteral("copy.sqlite"));
    // The source and its log must not move while they are copied: compare
    // their stamps before and after.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Stamp mainBefore = stampOf(path);
        const Stamp walBefore = stampOf(path + QStringLiteral("-wal"));
        const Stamp journalBefore = stampOf(path + QStringLiteral("-journal"));
        bool copied = true;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            QFile::remove(copy + suffix);
            if (QFileInfo::exists(path + suffix))
                copied = copied && QFile::copy(path + suffix, copy + suffix);
        }
        if (!copied)
            return StoreError::make(StoreReason::OpenFailed, QStringLiteral("cannot copy %1").arg(path));
        if (stampOf(path) == mainBefore && stampOf(path + QStringLiteral("-wal")) == walBefore
            && stampOf(path + QStringLiteral("-journal")) == journalBefore) {
            // The copy is ours: a normal connection may replay its log.
            m_databaseName = copy;
            m_connectOptions.clear();
            return {};
        }
    }
    return StoreError::make(StoreReason::Busy, QStringLiteral("%1 kept changing while it was copied").arg(path));
}

StoreResult<std::shared_ptr<ReadOnlyFile>> ReadOnlyFile::prepareCopy(const QString &path)
{
    StoreResult<std::shared_ptr<ReadOnlyFile>> result;
    if (!QFileInfo(path).isFile()) {
        result.error = StoreError::make(StoreReason::DatabaseMissing, path);
        return result;
    }
    auto target = std::make_shared<ReadOnlyFile>();
    target->m_path = path;
    target->m_mode = Mode::Copy;
    result.error = target->copyAside(path);
    if (result.ok())
        result.value = std::move(target);
    return result;
}

StoreResult<std::shared_ptr<ReadOnlyFile>> ReadOnlyFile::prepare(const QString &path)
{
    StoreResult<std::shared_ptr<ReadOnlyFile>> result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = StoreError::make(StoreReason::DatabaseMissing, path);
        return result;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        result.error = StoreError::make(StoreReason::OpenFailed, QStringLiteral("cannot read %1").arg(path));
        return result;
    }
    // An empty file is an empty database to SQLite; anything else must carry
    // SQLite's header.
    const QByteArray header = file.read(kMagic.size());
    file.close();
    if (!header.isEmpty() && header != kMagic) {
        result.error = StoreError::make(StoreReason::NotADatabase, path);
        return result;
    }

    auto target = std::make_shared<ReadOnlyFile>();
    target->m_path = path;
    const bool wal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool shm = QFileInfo::exists(path + QStringLiteral("-shm"));
    const bool journal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (wal && shm && !journal) {
        target->m_mode = Mode::Shared;
        target->m_databaseName = path;
        target->m_connectOptions = kReadOnly;
    } else if (wal || journal) {
        target->m_mode = Mode::Copy;
        if (StoreError e = target->copyAside(path); e.isError()) {
            result.error = e;
            return result;
        }
    } else {
        target->m_mode = Mode::Immutable;
        target->m_stamp = stampOf(path);
        QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        target->m_databaseName = url.toString(QUrl::FullyEncoded);
        target->m_connectOptions = kReadOnly + QStringLiteral(";QSQLITE_OPEN_URI");
    }
    result.value = std::move(target);
    return result;
}

} // namespace branch
