#include "Database.h"
#include "JournalRepository.h"
#include "SettingsRepository.h"
#include "StoreTestUtil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using branch::test::RawConnection;

namespace {

// Enough rows that the journal's b-tree spans many pages.
void populateJournal(Database &db)
{
    JournalRepository journal(db);
    QList<JournalRecord> records;
    for (int i = 0; i < 300; ++i)
        records.append({QStringLiteral("field.set"), QByteArray(1000, char('a' + i % 26))});
    QVERIFY(journal.appendBatch(QStringLiteral("s1"), records).ok());
    QVERIFY(!SettingsRepository(db).setValue(QStringLiteral("k"), QStringLiteral("v")).isError());
}

void populate(const QString &path)
{
    Database db;
    const OpenResult opened = db.open({path});
    QVERIFY2(opened.ok, qPrintable(opened.status.detail));
    populateJournal(db);
}

QByteArray garble(QByteArray bytes, qsizetype from, qsizetype length)
{
    QRandomGenerator rng(42);
    for (qsizetype i = from; i < from + length && i < bytes.size(); ++i)
        bytes[i] = char(rng.bounded(256));
    return bytes;
}

QStringList quarantined(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files, QDir::Name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_root.isValid());
        m_case = m_root.filePath(QString::number(++m_caseCount));
        QVERIFY(QDir().mkpath(m_case));
    }

    void pragmasReadBack_data()
    {
        QTest::addColumn<int>("busyTimeout");
        QTest::newRow("default") << OpenOptions{}.busyTimeoutMs;
        QTest::newRow("short") << 250;
    }

    void pragmasReadBack()
    {
        QFETCH(int, busyTimeout);
        Database db;
        OpenOptions options{file(QStringLiteral("p.db"))};
        options.busyTimeoutMs = busyTimeout;
        const OpenResult opened = db.open(options);
        QVERIFY2(opened.ok, qPrintable(opened.status.detail));
        QVERIFY(!opened.status.isError());
        QCOMPARE(opened.schemaVersion, test::latestVersion());

        QSqlQuery q(db.connection());
        auto read = [&q](const char *pragma) {
            return q.exec(QString::fromLatin1(pragma)) && q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(read("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(read("PRAGMA synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(read("PRAGMA foreign_keys"), QStringLiteral("1"));
        QCOMPARE(read("PRAGMA busy_timeout"), QString::number(busyTimeout));
        QCOMPARE(read("PRAGMA secure_delete"), QStringLiteral("1"));
    }

    void connectionsAreIndependent()
    {
        Database a;
        Database b;
        QVERIFY(a.open({file(QStringLiteral("a.db"))}).ok);
        QVERIFY(b.open({file(QStringLiteral("b.db"))}).ok);
        QVERIFY(a.connectionName() != b.connectionName());
        QVERIFY(!SettingsRepository(a).setValue(QStringLiteral("only"), QStringLiteral("a")).isError());
        QVERIFY(!SettingsRepository(b).value(QStringLiteral("only")).value.has_value());
        a.close();
        QVERIFY(!a.isOpen());
        QVERIFY(b.isOpen());
    }

    void reopenKeepsData()
    {
        const QString path = file(QStringLiteral("r.db"));
        populate(path);
        Database db;
        const OpenResult opened = db.open({path});
        QVERIFY(opened.ok);
        QVERIFY(!opened.status.isError());
        QCOMPARE(JournalRepository(db).entries(QStringLiteral("s1")).value.size(), 300);
        QVERIFY(quarantined(m_case).isEmpty());
    }

    void quarantinesDamagedFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("header overwritten") << QStringLiteral("header");
        QTest::newRow("pages garbled") << QStringLiteral("pages");
        QTest::newRow("not a database") << QStringLiteral("text");
    }

    void quarantinesDamagedFile()
    {
        QFETCH(QString, damage);
        const QString path = file(QStringLiteral("kiosk.db"));
        if (damage == QLatin1String("text")) {
            QVERIFY(test::writeFile(path, QByteArray("branch=0101\nthis is a settings file, not SQLite\n")
                                              .repeated(200)));
        } else {
            populate(path);
            const QByteArray good = test::readFile(path);
            QVERIFY(good.size() > 20 * 4096);
            const QByteArray bad = damage == QLatin1String("header") ? garble(good, 0, 100)
                                                                     : garble(good, 3 * 4096, 6 * 4096);
            QVERIFY(test::writeFile(path, bad));
        }
        const QByteArray damagedBytes = test::readFile(path);

        Database db;
        const OpenResult opened = db.open({path});
        QVERIFY2(opened.ok, qPrintable(opened.status.detail));
        QCOMPARE(opened.status.reason, QString(StoreReason::Quarantined));
        QVERIFY(!opened.status.message.isEmpty());
        QVERIFY(opened.quarantinePath.startsWith(path + QStringLiteral(".corrupt-")));
        QCOMPARE(test::readFile(opened.quarantinePath), damagedBytes);
        // One quarantine set: the file plus any -wal/-shm that came with it.
        const QString setName = QFileInfo(opened.quarantinePath).fileName();
        QVERIFY(quarantined(m_case).contains(setName));
        for (const QString &name : quarantined(m_case))
            QVERIFY2(name.startsWith(setName), qPrintable(name));

        // The fresh database is empty, current and writable.
        QCOMPARE(opened.schemaVersion, test::latestVersion());
        QVERIFY(JournalRepository(db).entries(QStringLiteral("s1")).value.isEmpty());
        QVERIFY(!SettingsRepository(db).setValue(QStringLiteral("after"), QStringLiteral("1")).isError());
        QCOMPARE(*SettingsRepository(db).value(QStringLiteral("after")).value, QStringLiteral("1"));
    }

    void quarantineTakesTheWalAlong()
    {
        const QString path = file(QStringLiteral("crashed.db"));
        {
            // Copy a live database and its WAL: the state a crash leaves behind.
            Database live;
            QVERIFY(live.open({file(QStringLiteral("live.db"))}).ok);
            populateJournal(live);
            // Move everything into the main file, then leave fresh commits in the WAL only.
            QSqlQuery q(live.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            q.finish();
            QVERIFY(JournalRepository(live).append(QStringLiteral("s"), QStringLiteral("k"), "payload").ok());
            QVERIFY(QFile::exists(file(QStringLiteral("live.db-wal"))));
            QVERIFY(QFile::copy(file(QStringLiteral("live.db")), path));
            QVERIFY(QFile::copy(file(QStringLiteral("live.db-wal")), path + QStringLiteral("-wal")));
        }
        QVERIFY(QFileInfo(path).size() > 4096);
        QVERIFY(test::writeFile(path, garble(test::readFile(path), 0, 100)));
        const QByteArray wal = test::readFile(path + QStringLiteral("-wal"));
        QVERIFY(!wal.isEmpty());

        Database db;
        const OpenResult opened = db.open({path});
        QVERIFY2(opened.ok, qPrintable(opened.status.detail));
        QCOMPARE(opened.status.reason, QString(StoreReason::Quarantined));
        QCOMPARE(test::readFile(opened.quarantinePath + QStringLiteral("-wal")), wal);
        QVERIFY(JournalRepository(db).entries(QStringLiteral("s")).value.isEmpty());
    }

    void failureToOpenIsNotQuarantine()
    {
        // A directory where the file should be: an I/O problem, not damage.
        const QString path = file(QStringLiteral("dir.db"));
        QVERIFY(QDir().mkpath(path));
        Database db;
        const OpenResult opened = db.open({path});
        QVERIFY(!opened.ok);
        QVERIFY(opened.status.isError());
        QVERIFY(opened.status.reason != QLatin1String("quarantined"));
        QVERIFY(opened.quarantinePath.isEmpty());
        QVERIFY(quarantined(m_case).isEmpty());
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(!db.isOpen());
    }

    void refusesSchemaTooNewWithoutTouchingIt()
    {
        const QString path = file(QStringLiteral("future.db"));
        populate(path);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version, name, checksum) "
                                            "VALUES (%1, 'future', 'x')")
                                 .arg(test::latestVersion() + 1)));
        }
        const QByteArray before = test::readFile(path);
        Database db;
        const OpenResult opened = db.open({path});
        QVERIFY(!opened.ok);
        QCOMPARE(opened.status.reason, QString(StoreReason::SchemaTooNew));
        QVERIFY(!db.isOpen());
        QVERIFY(quarantined(m_case).isEmpty());
        QCOMPARE(test::readFile(path), before);
    }

    void migratesToRequestedVersion()
    {
        Database db;
        OpenOptions options{file(QStringLiteral("v1.db"))};
        options.targetVersion = 1;
        const OpenResult opened = db.open(options);
        QVERIFY(opened.ok);
        QCOMPARE(opened.schemaVersion, 1);
    }

private:
    QString file(const QString &name) const { return QDir(m_case).filePath(name); }

    QTemporaryDir m_root;
    QString m_case;
    int m_caseCount = 0;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
