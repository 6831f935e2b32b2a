#include "DamagedStore.h"
#include "Database.h"
#include "Migrator.h"
#include "ReceiptEpoch.h"
#include "ReceiptNumber.h"
#include "StoreTestUtil.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

Q_DECLARE_METATYPE(QList<branch::ReceiptEpoch>)

namespace {

ReceiptEpoch epoch(qint64 e, int block, const QDate &born)
{
    return ReceiptEpoch{e, block, born};
}

const QDate kDay(2026, 12, 4);

} // namespace

// Receipt numbers are never issued twice, even when the database that
// counted them is lost: each database numbers in its own epoch's block.
class TestReceiptEpoch : public QObject
{
    Q_OBJECT

    QString path(const QString &name = QStringLiteral("kiosk.db")) const { return QDir(m_case).filePath(name); }
    QString history() const { return ReceiptEpochs::historyPathFor(path()); }

    // The database's numbers for one day, through the real repository.
    static QStringList issue(Database &db, int n, const QDate &day = kDay)
    {
        const test::FakeClock clock(QDateTime(day, QTime(2, 0), Qt::UTC));
        const PlainPayloadCodec codec;
        RandomKeySource keys;
        SubmissionRepository repo(db, clock, codec, keys, {QStringLiteral("KIOSK01"), QTimeZone::utc()});
        QStringList numbers;
        for (int i = 0; i < n; ++i) {
            SubmissionRequest r;
            r.serviceId = QStringLiteral("utility.water");
            r.sessionId = QStringLiteral("visit");
            const auto stored = repo.submit(r);
            numbers.append(stored.ok() ? stored.value.receiptNumber : stored.error.reason);
        }
        return numbers;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_root.isValid());
        m_case = m_root.filePath(QString::number(++m_caseCount));
        QVERIFY(QDir().mkpath(m_case));
    }

    void chooseBlock_data()
    {
        QTest::addColumn<QList<ReceiptEpoch>>("history");
        QTest::addColumn<int>("block");
        QTest::newRow("first ever") << QList<ReceiptEpoch>{} << 0;
        QTest::newRow("after block 0") << QList<ReceiptEpoch>{epoch(1, 0, kDay.addDays(-30))} << 1;
        QTest::newRow("wraps after 9, the old 0 long dead")
            << QList<ReceiptEpoch>{epoch(1, 0, kDay.addDays(-30)), epoch(2, 9, kDay.addDays(-20))} << 0;
        QTest::newRow("skips a block still alive yesterday")
            << QList<ReceiptEpoch>{epoch(5, 0, kDay.addDays(-9)), epoch(6, 9, kDay.addDays(-1))} << 1;
        QList<ReceiptEpoch> sameDay;
        for (int i = 0; i < 9; ++i)
            sameDay.append(epoch(i + 1, i, kDay));
        QTest::newRow("nine today: the last block") << sameDay << 9;
        sameDay.append(epoch(10, 9, kDay));
        QTest::newRow("ten today: none") << sameDay << -1;
        QList<ReceiptEpoch> lastWeek;
        for (int i = 0; i < 10; ++i)
            lastWeek.append(epoch(i + 1, i, kDay.addDays(-7)));
        QTest::newRow("ten last week: only the last is alive") << lastWeek << 0;
    }

    void chooseBlock()
    {
        QFETCH(QList<ReceiptEpoch>, history);
        QFETCH(int, block);
        QCOMPARE(ReceiptEpochs::chooseBlock(history, kDay), block);
    }

    void historyRoundTripsAndRefusesGarbage()
    {
        const QList<ReceiptEpoch> written{epoch(3, 2, kDay.addDays(-1)), epoch(4, 3, kDay)};
        QVERIFY(!ReceiptEpochs::writeHistory(history(), written).isError());
        QCOMPARE(QFile(history()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const auto read = ReceiptEpochs::readHistory(history());
        QVERIFY(read.ok());
        QCOMPARE(read.value, written);
        QVERIFY(ReceiptEpochs::readHistory(path(QStringLiteral("none"))).value.isEmpty());

        for (const QByteArray &bad : {QByteArray("epoch=1 block=0 born=20261204\n"),
                                      test::readFile(history()).replace("block=3", "block=x"),
                                      test::readFile(history()).replace("epoch=4", "epoch=2")}) {
            QVERIFY(test::writeFile(history(), bad));
            QCOMPARE(ReceiptEpochs::readHistory(history()).error.reason, QString(StoreReason::ReceiptEpochUnreadable));
        }
    }

    // A database deleted by hand, or lost: the new one never numbers where
    // the old one stood, the same day.
    void aNewDatabaseNeverReissuesANumber()
    {
        QSet<QString> issued;
        for (int generation = 0; generation < 3; ++generation) {
            Database db;
            const OpenResult opened = db.open({path()});
            QVERIFY(opened.ok);
            QVERIFY(!opened.receiptEpoch.isError());
            for (const QString &number : issue(db, 5)) {
                QVERIFY2(ReceiptNumber::parse(number).has_value(), qPrintable(number));
                QVERIFY2(!issued.contains(number), qPrintable(number));
                issued.insert(number);
            }
            db.close();
            QVERIFY(QFile::remove(path()));
        }
        QVERIFY(issued.contains(QStringLiteral("KIOSK01-20261204-000001") + ReceiptNumber::checkCharacter(u"KIOSK0120261204000001")));
        QVERIFY(issued.contains(QStringLiteral("KIOSK01-20261204-200001") + ReceiptNumber::checkCharacter(u"KIOSK0120261204200001")));
    }

    // Reopening the same database keeps its epoch and counts on.
    void reopeningKeepsTheEpoch()
    {
        Database db;
        QVERIFY(db.open({path()}).ok);
        const QStringList first = issue(db, 2);
        db.close();
        QVERIFY(db.open({path()}).ok);
        const QStringList second = issue(db, 1);
        QCOMPARE(second.constFirst().left(23), QStringLiteral("KIOSK01-20261204-000003"));
        QCOMPARE(ReceiptEpochs::readHistory(history()).value.size(), 1);
        Q_UNUSED(first)
    }

    // A copy from an earlier epoch put back (a backup, after the database
    // had been lost once): it must not go on where it stood.
    void aRestoredCopyTakesANewEpoch()
    {
        {
            Database db;
            QVERIFY(db.open({path()}).ok);
            QCOMPARE(issue(db, 2).constLast().left(23), QStringLiteral("KIOSK01-20261204-000002"));
        }
        QVERIFY(QFile::copy(path(), path(QStringLiteral("backup.db"))));
        QVERIFY(QFile::remove(path()));
        {
            Database db;
            QVERIFY(db.open({path()}).ok);
            QCOMPARE(issue(db, 1).constLast().left(23), QStringLiteral("KIOSK01-20261204-100001"));
        }
        QVERIFY(QFile::remove(path()));
        QVERIFY(QFile::copy(path(QStringLiteral("backup.db")), path()));
        Database db;
        QVERIFY(db.open({path()}).ok);
        QCOMPARE(issue(db, 1).constLast().left(23), QStringLiteral("KIOSK01-20261204-200001"));
        QCOMPARE(ReceiptEpochs::current(db.connection()).value->epoch, 3);
    }

    // A database from before epochs goes on where it stands.
    void aDatabaseFromBeforeEpochsContinues()
    {
        {
            Database db;
            OpenOptions options{path()};
            options.targetVersion = 6;
            QVERIFY(db.open(options).ok);
            QVERIFY(QSqlQuery(db.connection())
                        .exec(QStringLiteral("INSERT INTO receipt_sequence VALUES ('KIOSK01', '20261204', 41)")));
        }
        Database db;
        const OpenResult opened = db.open({path()});
        QVERIFY(opened.ok);
        QCOMPARE(issue(db, 1).constFirst().left(23), QStringLiteral("KIOSK01-20261204-000042"));
        const auto held = ReceiptEpochs::current(db.connection());
        QVERIFY(held.ok() && held.value);
        QCOMPARE(held.value->epoch, 0);
        QCOMPARE(ReceiptEpochs::readHistory(history()).value.constFirst().epoch, 0);
    }

    // Ten new databases within two days use up the blocks: the eleventh
    // issues nothing that day, and numbers again the day after next.
    void blocksRunOutRatherThanRepeat()
    {
        test::RawConnection raw(path());
        QVERIFY(Migrator(raw.db()).migrate().ok());
        QSet<int> blocks;
        for (int i = 0; i < 10; ++i) {
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM receipt_epoch")));
            const auto taken = ReceiptEpochs::ensure(raw.db(), history(), kDay);
            QVERIFY2(taken.ok(), qPrintable(taken.error.detail));
            blocks.insert(taken.value.block);
        }
        QCOMPARE(blocks.size(), 10);
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM receipt_epoch")));
        QCOMPARE(ReceiptEpochs::ensure(raw.db(), history(), kDay).error.reason,
                 QString(StoreReason::ReceiptNumbersUnavailable));
        QVERIFY(!ReceiptEpochs::current(raw.db()).value.has_value());
        const auto later = ReceiptEpochs::ensure(raw.db(), history(), kDay.addDays(2));
        QVERIFY(later.ok());
        QVERIFY(ReceiptEpochs::readHistory(history()).value.size() <= 2);
    }

    // Without an epoch no number is issued: a refusal, never a guess.
    void noEpochNoNumber()
    {
        Database db;
        QVERIFY(db.open({path()}).ok);
        QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM receipt_epoch")));
        QCOMPARE(issue(db, 1).constFirst(), QString(StoreReason::ReceiptNumbersUnavailable));
    }

    // A damaged history: a database with an epoch keeps it, a new one gets none.
    void aDamagedHistoryIsNotGuessedAt()
    {
        {
            Database db;
            QVERIFY(db.open({path()}).ok);
            QCOMPARE(issue(db, 1).size(), 1);
        }
        QVERIFY(test::writeFile(history(), "garbage"));
        {
            Database db;
            const OpenResult opened = db.open({path()});
            QVERIFY(opened.ok);
            QCOMPARE(opened.receiptEpoch.reason, QString(StoreReason::ReceiptEpochUnreadable));
            QCOMPARE(issue(db, 1).constFirst().left(23), QStringLiteral("KIOSK01-20261204-000002"));
        }
        QVERIFY(QFile::remove(path()));
        Database db;
        QVERIFY(db.open({path()}).ok);
        QCOMPARE(issue(db, 1).constFirst(), QString(StoreReason::ReceiptNumbersUnavailable));
        QCOMPARE(test::readFile(history()), QByteArray("garbage"));
    }

private:
    QTemporaryDir m_root;
    QString m_case;
    int m_caseCount = 0;
};

QTEST_GUILESS_MAIN(TestReceiptEpoch)
#include "tst_receipt_epoch.moc"
