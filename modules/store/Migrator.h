#pragma once

#include "Migration.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

namespace branch {

struct MigrationResult
{
    int fromVersion = 0;
    int toVersion = 0;
    QString failedFile; // set when a migration file failed or was modified
    StoreError error;

    bool ok() const { return !error.isError(); }
};

// Brings a database up to a schema version, one migration per transaction
// together with its schema_version row, so a database is always at exactly one
// known version. Refuses schemas newer than it knows and applied migrations
// whose files have changed since.
class Migrator
{
public:
    static constexpr int Latest = -1;
    static QString builtInDirectory() { return QStringLiteral(":/sqlite"); }

    explicit Migrator(const QSqlDatabase &db, const QString &migrationsDir = builtInDirectory());

    MigrationResult migrate(int targetVersion = Latest);
    // What migrate() checks first, without changing anything: for read-only
    // connections. toVersion is the database's version; a version older than
    // the latest is SchemaOutdated (only a writer may upgrade it).
    MigrationResult verify() const;
    // 0 for a database no migration has touched yet.
    StoreResult<int> currentVersion() const;

private:
    struct Applied
    {
        int version = 0;
        QString checksum;
    };
    StoreResult<QList<Applied>> readApplied() const;
    // Loads the known migrations and checks the applied ones against them.
    MigrationResult inspect(QList<Migration> *known) const;
    StoreError verifyApplied(const QList<Migration> &known, const QList<Applied> &applied,
                             QString *failedFile) const;
    StoreError apply(const Migration &migration);

    QSqlDatabase m_db;
    QString m_dir;
};

} // namespace branch
