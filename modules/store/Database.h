#pragma once

#include "Migrator.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

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
    // After a quarantine: the salvage report written into the new database
    // (SalvageReports); 0 when there was none.
    qint64 salvageReportId = 0;
    // Set when the database could not take a receipt-number epoch: it opens,
    // but issues no number (ReceiptEpoch.h).
    StoreError receiptEpoch;
};

class ReadOnlyFile;

// The store's connection: a writer (open), or a reader that changes nothing
// on disk (openReadOnly). Open it, use it and destroy it on one thread (a
// QSqlDatabase rule). Repositories borrow it.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens with WAL, synchronous=FULL, foreign keys and a busy timeout, each
    // read back; runs quick_check; quarantines a damaged file, starts a fresh
    // one and salvages what the damaged one still holds into it; migrates;
    // makes sure the database has its receipt-number epoch.
    OpenResult open(const OpenOptions &options);
    // For commands that only read: never creates, quarantines, migrates or
    // writes a file (ReadOnlyFile). Fails with DatabaseMissing, NotADatabase,
    // DatabaseDamaged (quick_check), SchemaTooNew, SchemaOutdated, ...
    OpenResult openReadOnly(const QString &path, const QString &migrationsDir = Migrator::builtInDirectory());
    // For a read-only connection, after reading and before reporting: Busy
    // when a writer changed the file meanwhile (what was read may mix two
    // states). Empty otherwise.
    StoreError confirmUnchanged() const;
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly != nullptr; }
    QSqlDatabase connection() const { return m_db; }
    QString connectionName() const { return m_name; }
    QString path() const { return m_path; }

private:
    enum class Probe { Ok, Damaged, Failed };
    Probe openAndCheck(const OpenOptions &options, StoreError *error);
    Probe probeReadOnly(const QString &path, StoreError *error);
    void afterOpen(const OpenOptions &options, const QString &damage, OpenResult *result);
    StoreError applyPragmas(int busyTimeoutMs, bool *damaged);
    static StoreError quickCheck(const QSqlDatabase &db, bool *damaged);

    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
    std::shared_ptr<ReadOnlyFile> m_readOnly;
};

} // namespace branch
