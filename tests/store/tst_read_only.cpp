#include "DamagedStore.h"
#include "Database.h"
#include "OutboxRepository.h"
#include "StoreTestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// Database::openReadOnly: whatever the file's state, nothing in its folder is
// created, changed, moved or deleted, and trouble is reported by reason.
class TestReadOnly : public QObject
{
    Q_OBJECT

    QString path() const { return QDir(m_case).filePath(QStringLiteral("kiosk.db")); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_root.isValid());
        m_case = m_root.filePath(QString::number(++m_caseCount));
        QVERIFY(QDir().mkpath(m_case));
    }

    void refusesWithoutTouching_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("missing") << QString(StoreReason::DatabaseMissing);
        QTest::newRow("missing folder") << QStringLiteral("missing folder") << QString(StoreReason::DatabaseMissing);
        QTest::newRow("leaf page damaged") << QStringLiteral("leaf") << QString(StoreReason::DatabaseDamaged);
        QTest::newRow("interior page damaged") << QStringLiteral("interior") << QString(StoreReason::DatabaseDamaged);
        QTest::newRow("not a database") << QStringLiteral("text") << QString(StoreReason::NotADatabase);
        QTest::newRow("schema too new") << QStringLiteral("future") << QString(StoreReason::SchemaTooNew);
        QTest::newRow("schema outdated") << QStringLiteral("old") << QString(StoreReason::SchemaOutdated);
        QTest::newRow("another application's") << QStringLiteral("foreign") << QString(StoreReason::UnknownSchema);
    }

    void refusesWithoutTouching()
    {
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QString target = path();
        if (state == QLatin1String("missing folder")) {
            target = QDir(m_case).filePath(QStringLiteral("not-yet/kiosk.db"));
        } else if (state == QLatin1String("text")) {
            QVERIFY(test::writeFile(target, QByteArray("not sqlite\n").repeated(500)));
        } else if (state == QLatin1String("old")) {
            Database db;
            OpenOptions options{target};
            options.targetVersion = 3;
            QVERIFY(db.open(options).ok);
        } else if (state == QLatin1String("foreign")) {
            test::RawConnection raw(target);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
        } else if (state != QLatin1String("missing")) {
            QCOMPARE(test::populatedKiosk(target, 200, QStringLiteral("KIOSK01"), 600).size(), 200);
            if (state == QLatin1String("future")) {
                test::RawConnection raw(target);
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version, name, checksum) "
                                                "VALUES (%1, 'future', 'x')").arg(test::latestVersion() + 1)));
            } else {
                const QList<qint64> pages = test::pagesOf(target, QStringLiteral("submissions"),
                                                          state == QLatin1String("leaf") ? QStringLiteral("leaf")
                                                                                         : QStringLiteral("internal"));
                QVERIFY(pages.size() >= 2 || (state != QLatin1String("leaf") && !pages.isEmpty()));
                QVERIFY(test::garblePage(target, pages.at(pages.size() / 2)));
            }
            QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        }
        const auto before = test::folderSnapshot(m_case);

        Database db;
        const OpenResult opened = db.openReadOnly(target);
        QVERIFY(!opened.ok);
        QCOMPARE(opened.status.reason, reason);
        QVERIFY(!opened.status.message.isEmpty());
        QVERIFY(opened.quarantinePath.isEmpty());
        QVERIFY(!db.isOpen());
        db.close();
        QCOMPARE(test::folderSnapshot(m_case), before);
        QVERIFY(!QFileInfo::exists(QDir(m_case).filePath(QStringLiteral("not-yet"))));
    }

    // The common case: the kiosk shut down cleanly, no -wal beside the file.
    void readsACleanFileAndCreatesNothing()
    {
        QCOMPARE(test::populatedKiosk(path(), 5).size(), 5);
        const auto before = test::folderSnapshot(m_case);
        QVERIFY(!before.contains(QStringLiteral("kiosk.db-wal")));
        {
            Database db;
            const OpenResult opened = db.openReadOnly(path());
            QVERIFY2(opened.ok, qPrintable(opened.status.detail));
            QVERIFY(db.isReadOnly());
            QCOMPARE(opened.schemaVersion, test::latestVersion());
            QCOMPARE(OutboxRepository(db).countByState().value.value(QString(OutboxState::Pending)), 5);
            QVERIFY(!db.confirmUnchanged().isError());
            // A reader cannot write, whatever a caller tries.
            QVERIFY(!QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM outbox")));
        }
        QCOMPARE(test::folderSnapshot(m_case), before);
    }

    // The kiosk is running: its commits sit in the WAL, not yet in the file.
    void readsTheLogOfARunningWriter()
    {
        QCOMPARE(test::populatedKiosk(path(), 3).size(), 3);
        Database writer;
        QVERIFY(writer.open({path()}).ok);
        QVERIFY(QSqlQuery(writer.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(!SettingsRepository(writer).setValue(QStringLiteral("sync.online"), QStringLiteral("1")).isError());
        QVERIFY(QFileInfo(path() + QStringLiteral("-wal")).size() > 0);
        const QByteArray mainBefore = test::readFile(path());
        const QStringList filesBefore = test::folderSnapshot(m_case).keys();
        {
            Database reader;
            const OpenResult opened = reader.openReadOnly(path());
            QVERIFY2(opened.ok, qPrintable(opened.status.detail));
            QCOMPARE(*SettingsRepository(reader).value(QStringLiteral("sync.online")).value, QStringLiteral("1"));
        }
        QCOMPARE(test::folderSnapshot(m_case).keys(), filesBefore);
        QCOMPARE(test::readFile(path()), mainBefore);
    }

    // A crash left a WAL but no index (-shm): only a writer could replay it
    // in place, so the reader works on a private copy.
    void readsALogWithoutItsIndexFromACopy()
    {
        const QString live = QDir(m_case).filePath(QStringLiteral("live.db"));
        QCOMPARE(test::populatedKiosk(live, 3).size(), 3);
        {
            Database writer;
            QVERIFY(writer.open({live}).ok);
            QVERIFY(QSqlQuery(writer.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(!SettingsRepository(writer).setValue(QStringLiteral("only.in.wal"), QStringLiteral("yes")).isError());
            QVERIFY(QFile::copy(live, path()));
            QVERIFY(QFile::copy(live + QStringLiteral("-wal"), path() + QStringLiteral("-wal")));
        }
        QVERIFY(!QFile::exists(path() + QStringLiteral("-shm")));
        const auto before = test::folderSnapshot(m_case);
        {
            Database reader;
            const OpenResult opened = reader.openReadOnly(path());
            QVERIFY2(opened.ok, qPrintable(opened.status.detail));
            QCOMPARE(*SettingsRepository(reader).value(QStringLiteral("only.in.wal")).value, QStringLiteral("yes"));
        }
        QCOMPARE(test::folderSnapshot(m_case), before);
    }

    // Damage in the file under a running writer's WAL is reported too.
    void reportsDamageUnderALiveWal()
    {
        QCOMPARE(test::populatedKiosk(path(), 200, QStringLiteral("KIOSK01"), 600).size(), 200);
        const QList<qint64> leaves = test::pagesOf(path(), QStringLiteral("submissions"), QStringLiteral("leaf"));
        QVERIFY(leaves.size() > 4);
        Database writer;
        QVERIFY(writer.open({path()}).ok);
        QVERIFY(!SettingsRepository(writer).setValue(QStringLiteral("sync.online"), QStringLiteral("1")).isError());
        QVERIFY(QFile::exists(path() + QStringLiteral("-shm")));
        QVERIFY(test::garblePage(path(), leaves.at(1)));
        const QByteArray damaged = test::readFile(path());
        const QStringList filesBefore = test::folderSnapshot(m_case).keys();

        Database reader;
        const OpenResult opened = reader.openReadOnly(path());
        QVERIFY(!opened.ok);
        QCOMPARE(opened.status.reason, QString(StoreReason::DatabaseDamaged));
        QCOMPARE(test::folderSnapshot(m_case).keys(), filesBefore);
        QCOMPARE(test::readFile(path()), damaged);
    }

    // Read without locks: a writer that changes the file meanwhile is noticed.
    void noticesAWriterThatChangedTheFile()
    {
        QCOMPARE(test::populatedKiosk(path(), 2).size(), 2);
        Database reader;
        QVERIFY(reader.openReadOnly(path()).ok);
        QVERIFY(!reader.confirmUnchanged().isError());
        {
            Database writer;
            QVERIFY(writer.open({path()}).ok);
            QVERIFY(!SettingsRepository(writer).setValue(QStringLiteral("x"), QStringLiteral("y")).isError());
        } // closing checkpoints into the file
        QCOMPARE(reader.confirmUnchanged().reason, QString(StoreReason::Busy));
    }

private:
    QTemporaryDir m_root;
    QString m_case;
    int m_caseCount = 0;
};

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_read_only.moc"
