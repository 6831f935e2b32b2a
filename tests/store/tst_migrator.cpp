#include "Migrator.h"
#include "SqlScript.h"
#include "StoreTestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using branch::test::RawConnection;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(SEED_DIR "/") + name;
}

bool runScript(RawConnection &raw, const QString &file)
{
    const SqlScript script = SqlScript::parse(QString::fromUtf8(test::readFile(file)));
    if (!script.error.isEmpty() || script.statements.isEmpty())
        return false;
    for (const QString &statement : script.statements) {
        if (!raw.exec(statement))
            return false;
    }
    return true;
}

// The values of the columns each table had at the old version, so we can
// check that an upgrade kept every one of them.
QMap<QString, QStringList> snapshot(RawConnection &raw)
{
    QMap<QString, QStringList> tables;
    for (const QString &table : raw.userTables()) {
        if (table == QLatin1String("schema_version"))
            continue;
        const QStringList cols = raw.columns(table);
        tables.insert(table, raw.rows(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                          .arg(cols.join(QStringLiteral(", ")), table)));
    }
    return tables;
}

QMap<QString, QStringList> snapshotColumns(RawConnection &raw, const QMap<QString, QStringList> &columnsByTable)
{
    QMap<QString, QStringList> tables;
    for (auto it = columnsByTable.cbegin(); it != columnsByTable.cend(); ++it) {
        tables.insert(it.key(), raw.rows(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                             .arg(it.value().join(QStringLiteral(", ")), it.key())));
    }
    return tables;
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A fresh directory per test function and data row.
        QVERIFY(m_root.isValid());
        m_case = m_root.filePath(QString::number(++m_caseCount));
        QVERIFY(QDir().mkpath(m_case));
    }

    void migratesEmptyDatabaseToLatest()
    {
        RawConnection raw(file(QStringLiteral("empty.db")));
        const MigrationResult result = Migrator(raw.db()).migrate();
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.fromVersion, 0);
        QCOMPARE(result.toVersion, test::latestVersion());
        QVERIFY(test::latestVersion() >= 2);

        const auto known = Migration::loadAll(Migrator::builtInDirectory());
        QStringList expected;
        for (const Migration &m : known.value)
            expected.append(QStringLiteral("%1|%2|%3").arg(m.version).arg(m.name, m.checksum));
        QCOMPARE(raw.rows(QStringLiteral("SELECT version, name, checksum FROM schema_version ORDER BY version")),
                 expected);
        QCOMPARE(raw.userTables(), (QStringList{QStringLiteral("audit_log"), QStringLiteral("data_keys"),
                                                QStringLiteral("kiosk_settings"), QStringLiteral("outbox"), QStringLiteral("payments"),
                                                QStringLiteral("receipt_epoch"), QStringLiteral("receipt_sequence"),
                                                QStringLiteral("schema_version"), QStringLiteral("session_journal"),
                                                QStringLiteral("store_salvage"), QStringLiteral("store_salvage_item"),
                                                QStringLiteral("store_salvage_receipt"), QStringLiteral("submissions")}));
        QVERIFY(raw.columns(QStringLiteral("session_journal")).contains(QStringLiteral("sequence")));
        QVERIFY(raw.scalar(QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 1"))
                    .toString()
                    .endsWith(u'Z'));

        // A second run has nothing to do.
        const MigrationResult again = Migrator(raw.db()).migrate();
        QVERIFY(again.ok());
        QCOMPARE(again.fromVersion, again.toVersion);
    }

    void embeddedMigrationsMatchSourceTree()
    {
        // The app runs the copies compiled into it; they must be the files in sqlite/.
        const QString sourceDir = qEnvironmentVariable("BRANCH_MIGRATIONS_DIR");
        if (sourceDir.isEmpty())
            QSKIP("BRANCH_MIGRATIONS_DIR is not set (run through ctest)");
        const auto onDisk = Migration::loadAll(sourceDir);
        const auto embedded = Migration::loadAll(Migrator::builtInDirectory());
        QVERIFY2(onDisk.ok(), qPrintable(onDisk.error.detail));
        QVERIFY2(embedded.ok(), qPrintable(embedded.error.detail));
        QCOMPARE(embedded.value.size(), onDisk.value.size());
        for (qsizetype i = 0; i < onDisk.value.size(); ++i) {
            QCOMPARE(embedded.value.at(i).fileName, onDisk.value.at(i).fileName);
            QCOMPARE(embedded.value.at(i).checksum, onDisk.value.at(i).checksum);
        }
    }

    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int k = 1; k < test::latestVersion(); ++k)
            QTest::addRow("from_v%d", k) << k;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, fromVersion);
        RawConnection fresh(file(QStringLiteral("fresh.db")));
        QVERIFY(Migrator(fresh.db()).migrate().ok());

        RawConnection raw(file(QStringLiteral("old.db")));
        const MigrationResult old = Migrator(raw.db()).migrate(fromVersion);
        QVERIFY2(old.ok(), qPrintable(old.error.detail));
        QCOMPARE(old.toVersion, fromVersion);
        // Data as that version's writer would have left it.
        const QString seed = fromVersion >= 2 ? QStringLiteral("seed_v2.sql") : QStringLiteral("seed_v1.sql");
        QVERIFY2(runScript(raw, dataFile(seed)), qPrintable(raw.lastError()));

        QMap<QString, QStringList> columnsAtOld;
        for (const QString &table : raw.userTables())
            columnsAtOld.insert(table, raw.columns(table));
        columnsAtOld.remove(QStringLiteral("schema_version"));
        const auto before = snapshot(raw);
        QVERIFY(!before.value(QStringLiteral("session_journal")).isEmpty());

        const MigrationResult upgraded = Migrator(raw.db()).migrate();
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error.detail));
        QCOMPARE(upgraded.fromVersion, fromVersion);
        QCOMPARE(upgraded.toVersion, test::latestVersion());

        QCOMPARE(snapshotColumns(raw, columnsAtOld), before);
        QCOMPARE(raw.schema(), fresh.schema());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), test::latestVersion());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

        if (fromVersion < 2) {
            // 0002 numbered the old entries in id order within each session.
            QCOMPARE(raw.rows(QStringLiteral("SELECT id, sequence FROM session_journal "
                                             "WHERE session_id = 'session-a' ORDER BY id")),
                     (QStringList{QStringLiteral("10|1"), QStringLiteral("12|2"), QStringLiteral("15|3")}));
            QCOMPARE(raw.scalar(QStringLiteral("SELECT sequence FROM session_journal WHERE id = 11")).toInt(), 1);
        }
    }

    void migratesUpToRequestedVersion()
    {
        RawConnection raw(file(QStringLiteral("stepwise.db")));
        for (int v = 1; v <= test::latestVersion(); ++v) {
            const MigrationResult result = Migrator(raw.db()).migrate(v);
            QVERIFY2(result.ok(), qPrintable(result.error.detail));
            QCOMPARE(result.fromVersion, v - 1);
            QCOMPARE(result.toVersion, v);
            QCOMPARE(Migrator(raw.db()).currentVersion().value, v);
            if (v == 1)
                QVERIFY(!raw.columns(QStringLiteral("session_journal")).contains(QStringLiteral("sequence")));
        }
        QCOMPARE(Migrator(raw.db()).migrate(test::latestVersion() + 1).error.reason,
                 QString(StoreReason::MigrationsInvalid));
    }

    void failingMigrationRollsBackWholly_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("first statement fails") << QByteArray("INSERT INTO no_such_table VALUES (1);\n"
                                                             "CREATE TABLE later (x);");
        QTest::newRow("last statement fails") << QByteArray("CREATE TABLE t3 (x);\n"
                                                            "INSERT INTO kiosk_settings (key, value) VALUES ('k3', 'v');\n"
                                                            "ALTER TABLE session_journal ADD COLUMN sequence INTEGER;");
        QTest::newRow("syntax error") << QByteArray("CREATE TABLE t3 (x);\nCREAT TABLE t4 (y);");
        QTest::newRow("constraint") << QByteArray("DELETE FROM kiosk_settings;\n"
                                                  "INSERT INTO kiosk_settings (key, value) VALUES ('k', NULL);");
    }

    void failingMigrationRollsBackWholly()
    {
        QFETCH(QByteArray, sql);
        const QString migrations = file(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(migrations));
        QVERIFY(test::copyMigrations(migrations));
        const int good = test::latestVersion();
        const QString broken = QStringLiteral("%1_broken.sql").arg(good + 1, 4, 10, QLatin1Char('0'));
        QVERIFY(test::writeFile(QDir(migrations).filePath(broken), sql));

        RawConnection raw(file(QStringLiteral("broken.db")));
        QVERIFY(Migrator(raw.db(), migrations).migrate(good).ok());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO kiosk_settings (key, value) VALUES ('kept', 'yes')")));
        const QStringList schemaBefore = raw.schema();
        const QStringList settingsBefore = raw.rows(QStringLiteral("SELECT * FROM kiosk_settings"));

        const MigrationResult result = Migrator(raw.db(), migrations).migrate();
        QCOMPARE(result.error.reason, QString(StoreReason::MigrationFailed));
        QCOMPARE(result.failedFile, broken);
        QVERIFY(result.error.detail.contains(broken));
        QVERIFY(!result.error.message.isEmpty());
        QCOMPARE(result.toVersion, good);

        QCOMPARE(Migrator(raw.db(), migrations).currentVersion().value, good);
        QCOMPARE(raw.schema(), schemaBefore);
        QCOMPARE(raw.rows(QStringLiteral("SELECT * FROM kiosk_settings")), settingsBefore);
        // No transaction was left open: an ordinary write still commits.
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO kiosk_settings (key, value) VALUES ('after', '1')")),
                 qPrintable(raw.lastError()));
        QVERIFY(raw.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
    }

    void refusesTransactionControlInMigration()
    {
        const QString migrations = file(QStringLiteral("txn"));
        QVERIFY(QDir().mkpath(migrations));
        QVERIFY(test::writeFile(QDir(migrations).filePath(QStringLiteral("0001_initial.sql")),
                                "CREATE TABLE a (x); COMMIT; CREATE TABLE b (y);"));
        RawConnection raw(file(QStringLiteral("txn.db")));
        const MigrationResult result = Migrator(raw.db(), migrations).migrate();
        QCOMPARE(result.error.reason, QString(StoreReason::MigrationsInvalid));
        QVERIFY(raw.userTables().isEmpty());
    }

    void refusesSchemaTooNew()
    {
        RawConnection raw(file(QStringLiteral("new.db")));
        QVERIFY(Migrator(raw.db()).migrate().ok());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version, name, checksum) "
                                        "VALUES (%1, 'future', 'x')")
                             .arg(test::latestVersion() + 1)));
        const QStringList schemaBefore = raw.schema();

        const MigrationResult result = Migrator(raw.db()).migrate();
        QCOMPARE(result.error.reason, QString(StoreReason::SchemaTooNew));
        QCOMPARE(result.fromVersion, test::latestVersion() + 1);
        QCOMPARE(raw.schema(), schemaBefore);
    }

    void detectsModifiedMigration_data()
    {
        QTest::addColumn<QString>("migrationFile");
        QTest::addColumn<QByteArray>("edit");
        QTest::newRow("comment added to 0001") << QStringLiteral("0001_initial.sql") << QByteArray("\n-- edited\n");
        QTest::newRow("statement added to 0002") << QStringLiteral("0002_journal_sequence.sql")
                                                 << QByteArray("\nCREATE TABLE sneaky (x);\n");
    }

    void detectsModifiedMigration()
    {
        QFETCH(QString, migrationFile);
        QFETCH(QByteArray, edit);
        const QString migrations = file(QStringLiteral("edited"));
        QVERIFY(QDir().mkpath(migrations));
        QVERIFY(test::copyMigrations(migrations));
        RawConnection raw(file(QStringLiteral("edited.db")));
        QVERIFY(Migrator(raw.db(), migrations).migrate().ok());

        const QString path = QDir(migrations).filePath(migrationFile);
        QVERIFY(QFile::exists(path));
        QVERIFY(test::writeFile(path, test::readFile(path) + edit));
        const MigrationResult result = Migrator(raw.db(), migrations).migrate();
        QCOMPARE(result.error.reason, QString(StoreReason::MigrationModified));
        QCOMPARE(result.failedFile, migrationFile);
    }

    void refusesInvalidMigrationSets_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("gap") << QStringList{QStringLiteral("0001_a.sql"), QStringLiteral("0003_c.sql")};
        QTest::newRow("starts at 2") << QStringList{QStringLiteral("0002_b.sql")};
        QTest::newRow("bad name") << QStringList{QStringLiteral("0001_a.sql"), QStringLiteral("2_b.sql")};
        QTest::newRow("duplicate number") << QStringList{QStringLiteral("0001_a.sql"), QStringLiteral("0001_b.sql")};
        QTest::newRow("empty") << QStringList{};
    }

    void refusesInvalidMigrationSets()
    {
        QFETCH(QStringList, files);
        const QString migrations = file(QStringLiteral("set-%1").arg(QString::fromUtf8(QTest::currentDataTag())));
        QVERIFY(QDir().mkpath(migrations));
        for (const QString &f : files)
            QVERIFY(test::writeFile(QDir(migrations).filePath(f), "CREATE TABLE IF NOT EXISTS t (x);"));
        RawConnection raw(file(QStringLiteral("set.db")));
        QCOMPARE(Migrator(raw.db(), migrations).migrate().error.reason, QString(StoreReason::MigrationsInvalid));
        QVERIFY(raw.userTables().isEmpty());
    }

    void refusesForeignDatabase()
    {
        RawConnection raw(file(QStringLiteral("foreign.db")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
        QCOMPARE(Migrator(raw.db()).migrate().error.reason, QString(StoreReason::UnknownSchema));
        QCOMPARE(raw.userTables(), QStringList{QStringLiteral("photos")});
    }

private:
    QString file(const QString &name) const { return QDir(m_case).filePath(name); }

    QTemporaryDir m_root;
    QString m_case;
    int m_caseCount = 0;
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
