#pragma once

#include "Migrator.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

namespace branch {

struct OpenOptions
{
    QString path;
    QString migrationsDir = Migrator::builtInDirectory();
    int targetVersion = Migrator::Latest;
    int busyTimeoutMs = 5000;
};

struct OpenResult
{
    bool ok = false;
    // On failure: why. On success: empty, or "quarantined" when the old file
    // was damaged and set aside at quarantinePath.
    StoreError status;
    QString quarantinePath;
    int schemaVersion = 0;
};

// The store's one writer connection. Open it, use it and destroy it on one
// thread (a QSqlDatabase rule). Repositories borrow it.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens with WAL, synchronous=FULL, foreign keys and a busy timeout, each
    // read back; runs quick_check; quarantines a damaged file and starts a
    // fresh one; then migrates.
    OpenResult open(const OpenOptions &options);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase connection() const { return m_db; }
    QString connectionName() const { return m_name; }
    QString path() const { return m_path; }

private:
    enum class Probe { Ok, Damaged, Failed };
    Probe openAndCheck(const OpenOptions &options, StoreError *error);
    Probe probeReadOnly(const QString &path, StoreError *error);
    StoreError applyPragmas(int busyTimeoutMs, bool *damaged);
    static StoreError quickCheck(const QSqlDatabase &db, bool *damaged);

    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
};

} // namespace branch
