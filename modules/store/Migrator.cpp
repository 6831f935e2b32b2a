#include "Migrator.h"

#include "SqlScript.h"
#include "StoreLogging.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace branch {

Migrator::Migrator(const QSqlDatabase &db, const QString &migrationsDir)
    : m_db(db)
    , m_dir(migrationsDir)
{
}

StoreResult<QList<Migrator::Applied>> Migrator::readApplied() const
{
    StoreResult<QList<Applied>> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read schema"));
        return result;
    }
    bool hasVersionTable = false;
    bool hasOtherObjects = false;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("schema_version"))
            hasVersionTable = true;
        else
            hasOtherObjects = true;
    }
    if (!hasVersionTable) {
        // Never build our schema into someone else's database.
        if (hasOtherObjects)
            result.error = StoreError::make(StoreReason::UnknownSchema,
                                            QStringLiteral("tables present but no schema_version"));
        return result;
    }
    if (!q.exec(QStringLiteral("SELECT version, checksum FROM schema_version ORDER BY version"))) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(),
                                           QStringLiteral("read schema_version"));
        return result;
    }
    while (q.next())
        result.value.append({q.value(0).toInt(), q.value(1).toString()});
    return result;
}

StoreResult<int> Migrator::currentVersion() const
{
    StoreResult<int> result;
    const auto applied = readApplied();
    result.error = applied.error;
    result.value = applied.value.isEmpty() ? 0 : applied.value.last().version;
    return result;
}

StoreError Migrator::verifyApplied(const QList<Migration> &known, const QList<Applied> &applied,
                                   QString *failedFile) const
{
    for (qsizetype i = 0; i < applied.size(); ++i) {
        const Applied &a = applied.at(i);
        if (a.version > known.size()) {
            return StoreError::make(StoreReason::SchemaTooNew,
                                    QStringLiteral("database at version %1, this build knows up to %2")
                                        .arg(applied.last().version)
                                        .arg(known.size()));
        }
        if (a.version != i + 1) {
            return StoreError::make(StoreReason::MigrationModified,
                                    QStringLiteral("schema_version has a gap before version %1").arg(a.version));
        }
        const Migration &m = known.at(a.version - 1);
        if (m.checksum != a.checksum) {
            *failedFile = m.fileName;
            return StoreError::make(StoreReason::MigrationModified,
                                    QStringLiteral("%1 changed after it was applied").arg(m.fileName));
        }
    }
    return {};
}

MigrationResult Migrator::inspect(QList<Migration> *known) const
{
    MigrationResult result;
    auto loaded = Migration::loadAll(m_dir);
    if (!loaded.ok()) {
        result.error = loaded.error;
        return result;
    }
    *known = std::move(loaded.value);
    const auto applied = readApplied();
    if (!applied.ok()) {
        result.error = applied.error;
        return result;
    }
    result.fromVersion = applied.value.isEmpty() ? 0 : applied.value.last().version;
    result.toVersion = result.fromVersion;
    result.error = verifyApplied(*known, applied.value, &result.failedFile);
    return result;
}

MigrationResult Migrator::migrate(int targetVersion)
{
    QList<Migration> known;
    MigrationResult result = inspect(&known);
    if (!result.ok() && known.isEmpty())
        return result;
    const int latest = int(known.size());
    const int target = targetVersion == Latest ? latest : targetVersion;
    if (target < 0 || target > latest) {
        result.error = StoreError::make(StoreReason::MigrationsInvalid,
                                        QStringLiteral("no migration for version %1").arg(target));
        return result;
    }
    if (!result.ok()) {
        qCWarning(lcStore) << "migration check failed:" << result.error.reason << result.error.detail;
        return result;
    }

    for (int v = result.fromVersion + 1; v <= target; ++v) {
        const Migration &m = known.at(v - 1);
        result.error = apply(m);
        if (!result.ok()) {
            result.failedFile = m.fileName;
            qCWarning(lcStore) << "migration failed, rolled back:" << result.error.detail;
            return result;
        }
        result.toVersion = v;
        qCInfo(lcStore) << "applied migration" << m.fileName;
    }
    return result;
}

MigrationResult Migrator::verify() const
{
    QList<Migration> known;
    MigrationResult result = inspect(&known);
    if (result.ok() && result.fromVersion < known.size()) {
        result.error = StoreError::make(StoreReason::SchemaOutdated,
                                        QStringLiteral("database at version %1, this build is at %2")
                                            .arg(result.fromVersion)
                                            .arg(known.size()));
    }
    return result;
}

StoreError Migrator::apply(const Migration &migration)
{
    const SqlScript script = SqlScript::parse(QString::fromUtf8(migration.sql));
    if (!script.error.isEmpty())
        return StoreError::make(StoreReason::MigrationsInvalid,
                                QStringLiteral("%1: %2").arg(migration.fileName, script.error));

    Transaction tx(m_db);
    if (StoreError e = tx.begin(); e.isError())
        return e;

    // Another process may have migrated while we waited for the write lock.
    const auto current = currentVersion();
    if (!current.ok())
        return current.error;
    if (current.value >= migration.version)
        return {};

    QSqlQuery q(m_db);
    for (qsizetype i = 0; i < script.statements.size(); ++i) {
        if (!q.exec(script.statements.at(i))) {
            return StoreError::fromSql(StoreReason::MigrationFailed, q.lastError(),
                                       QStringLiteral("%1, statement %2").arg(migration.fileName).arg(i + 1));
        }
    }
    q.prepare(QStringLiteral("INSERT INTO schema_version (version, name, checksum) VALUES (?, ?, ?)"));
    q.addBindValue(migration.version);
    q.addBindValue(migration.name);
    q.addBindValue(migration.checksum);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::MigrationFailed, q.lastError(),
                                   QStringLiteral("%1, recording version").arg(migration.fileName));
    // A migration must not leave dangling references behind.
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return StoreError::fromSql(StoreReason::MigrationFailed, q.lastError(),
                                   QStringLiteral("%1, foreign_key_check").arg(migration.fileName));
    if (q.next())
        return StoreError::make(StoreReason::MigrationFailed,
                                QStringLiteral("%1 leaves foreign key violations in table %2")
                                    .arg(migration.fileName, q.value(0).toString()));
    q.finish();
    return tx.commit();
}

} // namespace branch
