#include "Database.h"

#include "Quarantine.h"
#include "ReadOnlyFile.h"
#include "ReceiptEpoch.h"
#include "Salvage.h"
#include "StoreLogging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace branch {
namespace {

QAtomicInteger<quint32> connectionCounter;

// Primary SQLite codes that mean the file itself is bad: 11 SQLITE_CORRUPT,
// 26 SQLITE_NOTADB. Anything else (busy, permissions, disk full) is not a
// reason to move a file aside.
bool isDamage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26");
}

// Opens `db` on what `file` prepared: immutable, shared or a private copy.
bool openPrepared(QSqlDatabase &db, const ReadOnlyFile &file)
{
    db.setDatabaseName(file.databaseName());
    db.setConnectOptions(file.connectOptions());
    return db.open();
}

} // namespace

Database::Database()
    : m_name(QStringLiteral("branch.store.%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    m_readOnly.reset();
}

StoreError Database::applyPragmas(int busyTimeoutMs, bool *damaged)
{
    struct Pragma
    {
        QString set;
        QString read;
        QString expected;
    };
    // busy_timeout first, so the rest wait for a lock instead of failing.
    // secure_delete overwrites a cleared customer journal instead of leaving
    // it readable in free pages.
    const QList<Pragma> pragmas = {
        {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), QStringLiteral("PRAGMA busy_timeout"),
         QString::number(busyTimeoutMs)},
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA journal_mode"), QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA synchronous"), QStringLiteral("2")},
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("PRAGMA secure_delete"), QStringLiteral("1")},
    };
    QSqlQuery q(m_db);
    for (const Pragma &p : pragmas) {
        if (!q.exec(p.set) || !q.exec(p.read) || !q.next()) {
            *damaged = isDamage(q.lastError());
            return StoreError::fromSql(StoreReason::PragmaFailed, q.lastError(), p.set);
        }
        const QString actual = q.value(0).toString().toLower();
        if (actual != p.expected) {
            return StoreError::make(StoreReason::PragmaFailed,
                                    QStringLiteral("%1 reads back %2, expected %3").arg(p.set, actual, p.expected));
        }
    }
    return {};
}

StoreError Database::quickCheck(const QSqlDatabase &db, bool *damaged)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *damaged = isDamage(q.lastError());
        return StoreError::fromSql(StoreReason::OpenFailed, q.lastError(), QStringLiteral("quick_check"));
    }
    // Page and table names only, never row content. A badly damaged file
    // yields thousands of lines; the first few are enough for the log.
    QStringList problems;
    while (q.next()) {
        const QString text = q.value(0).toString();
        if (text == QLatin1String("ok"))
            continue;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (problems.size() < 5)
                problems.append(line);
        }
    }
    if (problems.isEmpty() && q.lastError().isValid()) {
        *damaged = isDamage(q.lastError());
        return StoreError::fromSql(StoreReason::OpenFailed, q.lastError(), QStringLiteral("quick_check"));
    }
    if (!problems.isEmpty()) {
        *damaged = true;
        return StoreError::make(StoreReason::OpenFailed,
                                QStringLiteral("quick_check: %1").arg(problems.join(QStringLiteral("; "))));
    }
    return {};
}

Database::Probe Database::probeReadOnly(const QString &path, StoreError *error)
{
    // Nothing is created or changed beside a damaged file (ReadOnlyFile), so
    // the quarantine below moves it and its WAL byte for byte as found. The
    // writer connection would copy the WAL into the damaged file on close.
    const auto file = ReadOnlyFile::prepare(path);
    if (!file.ok()) {
        *error = file.error;
        return file.error.reason == StoreReason::NotADatabase ? Probe::Damaged : Probe::Failed;
    }
    const QString name = m_name + QStringLiteral(".probe");
    Probe probe = Probe::Ok;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        bool damaged = false;
        if (!openPrepared(db, *file.value)) {
            damaged = isDamage(db.lastError());
            *error = StoreError::fromSql(StoreReason::OpenFailed, db.lastError(), QStringLiteral("open read-only"));
        } else {
            *error = quickCheck(db, &damaged);
        }
        if (error->isError())
            probe = damaged ? Probe::Damaged : Probe::Failed;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Read without locks, and a writer changed the file meanwhile: what looked
    // damaged may be a checkpoint half seen. The writer below checks again,
    // with locks, before anything is moved.
    if (probe == Probe::Damaged && !file.value->stillUnchanged())
        probe = Probe::Failed;
    return probe;
}

Database::Probe Database::openAndCheck(const OpenOptions &options, StoreError *error)
{
    Probe probe = Probe::Failed;
    if (QFileInfo::exists(options.path)) {
        probe = probeReadOnly(options.path, error);
        if (probe == Probe::Damaged)
            return probe;
        // Failed read-only (e.g. a hot rollback journal only a writer may
        // replay): the writer below checks again.
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(options.path);
    if (!m_db.open()) {
        *error = StoreError::fromSql(StoreReason::OpenFailed, m_db.lastError(), QStringLiteral("open"));
        return isDamage(m_db.lastError()) ? Probe::Damaged : Probe::Failed;
    }
    bool damaged = false;
    *error = applyPragmas(options.busyTimeoutMs, &damaged);
    if (!error->isError() && probe != Probe::Ok)
        *error = quickCheck(m_db, &damaged);
    if (!error->isError())
        return Probe::Ok;
    return damaged ? Probe::Damaged : Probe::Failed;
}

OpenResult Database::open(const OpenOptions &options)
{
    close();
    OpenResult result;
    m_path = options.path;
    const QFileInfo info(options.path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.status = StoreError::make(StoreReason::OpenFailed,
                                         QStringLiteral("cannot create %1").arg(info.absolutePath()));
        return result;
    }

    StoreError error;
    QString damage;
    Probe probe = openAndCheck(options, &error);
    if (probe == Probe::Damaged) {
        damage = error.detail;
        qCCritical(lcStore) << "database damaged, quarantining:" << error.detail;
        close();
        const auto moved = Quarantine::moveAside(options.path, QDateTime::currentDateTimeUtc());
        if (!moved.ok()) {
            qCCritical(lcStore) << "quarantine failed:" << moved.error.detail;
            result.status = moved.error;
            return result;
        }
        qCCritical(lcStore) << "damaged database moved to" << moved.value;
        result.quarantinePath = moved.value;
        result.status = StoreError::make(StoreReason::Quarantined, error.detail);
        probe = openAndCheck(options, &error);
    }
    if (probe != Probe::Ok) {
        qCWarning(lcStore) << "open failed:" << error.reason << error.detail;
        close();
        result.status = error;
        return result;
    }

    const MigrationResult migrated = Migrator(m_db, options.migrationsDir).migrate(options.targetVersion);
    if (!migrated.ok()) {
        close();
        result.status = migrated.error;
        return result;
    }
    result.schemaVersion = migrated.toVersion;
    result.ok = true;
    afterOpen(options, damage, &result);
    return result;
}

void Database::afterOpen(const OpenOptions &options, const QString &damage, OpenResult *result)
{
    // An older schema has no epochs: only tests ask for one.
    if (options.targetVersion != Migrator::Latest)
        return;
    const auto epoch = ReceiptEpochs::ensure(m_db, ReceiptEpochs::historyPathFor(options.path),
                                             QDateTime::currentDateTimeUtc().date());
    result->receiptEpoch = epoch.error;
    if (result->quarantinePath.isEmpty())
        return;
    // The new database has its epoch before anything is salvaged into it: no
    // number it issues can be one the damaged file issued.
    std::optional<ReceiptEpoch> held;
    if (epoch.ok())
        held = epoch.value;
    const auto salvaged = Salvage::run(m_db, result->quarantinePath, damage, held);
    if (!salvaged.ok()) {
        qCCritical(lcStore) << "salvage report could not be written:" << salvaged.error.detail;
        return;
    }
    result->salvageReportId = salvaged.value.id;
}

OpenResult Database::openReadOnly(const QString &path, const QString &migrationsDir)
{
    close();
    OpenResult result;
    m_path = path;
    const auto file = ReadOnlyFile::prepare(path);
    if (!file.ok()) {
        result.status = file.error;
        return result;
    }
    m_readOnly = file.value;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    const auto fail = [&](const StoreError &error) {
        qCWarning(lcStore) << "read-only open failed:" << error.reason << error.detail;
        close();
        result.status = error;
        return result;
    };
    if (!openPrepared(m_db, *m_readOnly)) {
        const QSqlError e = m_db.lastError();
        if (e.nativeErrorCode() == QLatin1String("26"))
            return fail(StoreError::make(StoreReason::NotADatabase, e.text()));
        return fail(StoreError::fromSql(isDamage(e) ? StoreReason::DatabaseDamaged : StoreReason::OpenFailed, e,
                                        QStringLiteral("open read-only")));
    }
    // A reader waits for a writer's recovery like a writer waits for a lock.
    if (!QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(OpenOptions{}.busyTimeoutMs)))
        return fail(StoreError::fromSql(StoreReason::PragmaFailed, m_db.lastError(), QStringLiteral("busy_timeout")));
    bool damaged = false;
    if (StoreError e = quickCheck(m_db, &damaged); e.isError()) {
        // A writer changed the file under a lock-free read: not damage.
        if (StoreError moved = confirmUnchanged(); moved.isError())
            return fail(moved);
        if (damaged)
            return fail(StoreError::make(e.detail.contains(QLatin1String("[26]")) ? StoreReason::NotADatabase
                                                                                    : StoreReason::DatabaseDamaged,
                                         e.detail));
        return fail(e);
    }
    const MigrationResult checked = Migrator(m_db, migrationsDir).verify();
    if (!checked.ok())
        return fail(checked.error);
    result.schemaVersion = checked.toVersion;
    result.ok = true;
    return result;
}

StoreError Database::confirmUnchanged() const
{
    if (m_readOnly && !m_readOnly->stillUnchanged())
        return StoreError::make(StoreReason::Busy, QStringLiteral("%1 changed while it was read").arg(m_path));
    return {};
}

} // namespace branch
