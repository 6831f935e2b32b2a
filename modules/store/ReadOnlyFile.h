#pragma once

#include "StoreError.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace branch {

// How to read a SQLite file without creating, changing or moving anything
// beside it. A plain read-only open is not enough: on a WAL database whose
// -wal or -shm is missing, SQLite creates them, and leaves them behind.
//   - no -wal: the file is complete; it is opened immutable (no locks, no
//     side files), and stat()ed so a writer that changed it meanwhile is
//     noticed (stillUnchanged());
//   - -wal and -shm: a writer is running or crashed; a read-only connection
//     reads the log through the existing index and creates nothing;
//   - -wal (or a rollback -journal) without an index: only a writer could
//     replay it in place, so the set is copied into a private folder and the
//     copy is opened; the copy goes with the ReadOnlyFile.
class ReadOnlyFile
{
public:
    enum class Mode { Immutable, Shared, Copy };

    // DatabaseMissing, NotADatabase (a header that is not SQLite's), or an
    // OpenFailed for a path that is not a readable regular file.
    static StoreResult<std::shared_ptr<ReadOnlyFile>> prepare(const QString &path);
    // Always a private copy (main file, -wal, -journal), opened read-write:
    // for salvage, which must not touch a quarantined set at all.
    static StoreResult<std::shared_ptr<ReadOnlyFile>> prepareCopy(const QString &path);

    Mode mode() const { return m_mode; }
    // For QSqlDatabase::setDatabaseName and setConnectOptions.
    QString databaseName() const { return m_databaseName; }
    QString connectOptions() const { return m_connectOptions; }
    // Immutable mode: false when the file's size, time or inode moved since
    // prepare(), so what was read may mix two states. Always true otherwise.
    bool stillUnchanged() const;

private:
    struct Stamp
    {
        qint64 size = -1;
        qint64 mtimeNs = -1;
        quint64 inode = 0;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    static Stamp stampOf(const QString &path);
    StoreError copyAside(const QString &path);

    QString m_path;
    Mode m_mode = Mode::Immutable;
    QString m_databaseName;
    QString m_connectOptions;
    Stamp m_stamp;
    std::unique_ptr<QTemporaryDir> m_copyDir;
};

} // namespace branch
