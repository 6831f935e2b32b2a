#include "DamagedStore.h"
#include "InProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// branchctl store salvage-report: what a salvage after a quarantine saved
// and lost, for staff and scripts. It only reads.
class TestStoreCommand : public QObject
{
    Q_OBJECT

    static QStringList reportArgs(const QString &database, bool json)
    {
        QStringList args{QStringLiteral("store"), QStringLiteral("salvage-report"), QStringLiteral("--database"),
                         database};
        if (json)
            args.append(QStringLiteral("--json"));
        return args;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void noSalvageNoReport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.sqlite"));
        QCOMPARE(branch::test::populatedKiosk(path, 1).size(), 1);
        const inprocess::Run text = inprocess::branchctl(reportArgs(path, false));
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out, QStringLiteral("No damaged database has been set aside here.\n"));
        const inprocess::Run json = inprocess::branchctl(reportArgs(path, true));
        QCOMPARE(json.code, 0);
        QVERIFY(json.out.isEmpty());
    }

    void aSalvageIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.sqlite"));
        const QStringList numbers = branch::test::populatedKiosk(path, 300, QStringLiteral("KIOSK01"), 500);
        QCOMPARE(numbers.size(), 300);
        const QList<qint64> leaves =
            branch::test::pagesOf(path, QStringLiteral("submissions"), QStringLiteral("leaf"));
        QVERIFY(branch::test::garblePage(path, leaves.at(4)));
        QString quarantine;
        {
            branch::Database db;
            const branch::OpenResult opened = db.open({path});
            QVERIFY(opened.ok && opened.salvageReportId > 0);
            quarantine = opened.quarantinePath;
        }
        const auto before = branch::test::folderSnapshot(dir.path());

        const inprocess::Run json = inprocess::branchctl(reportArgs(path, true));
        QCOMPARE(json.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("partial"));
        QCOMPARE(report.value(QStringLiteral("quarantine")).toString(), quarantine);
        QCOMPARE(report.value(QStringLiteral("method")).toString(), QStringLiteral("row_scan"));
        QCOMPARE(report.value(QStringLiteral("firstSequence")).toString(), QStringLiteral("100001"));
        QCOMPARE(report.value(QStringLiteral("audited")).toBool(), false); // no writer with an audit log ran yet
        qint64 saved = 0;
        qint64 lost = 0;
        for (const QJsonValue &item : report.value(QStringLiteral("items")).toArray()) {
            const QString kind = item[QStringLiteral("kind")].toString();
            if (kind.startsWith(QStringLiteral("outbox_"))) {
                saved += item[QStringLiteral("saved")].toInteger();
                lost += item[QStringLiteral("lost")].toInteger();
            }
            if (kind == QLatin1String("enrolment"))
                QCOMPARE(item[QStringLiteral("saved")].toInteger(), 1);
        }
        QCOMPARE(saved + lost, 300);
        QVERIFY(lost > 0);
        // Receipt numbers are masked, as everywhere in branchctl's output.
        QVERIFY(!json.out.contains(numbers.constFirst()));

        const inprocess::Run text = inprocess::branchctl(reportArgs(path, false));
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Requests waiting for core: %1 saved, %2 lost").arg(saved).arg(lost)),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Receipt numbers continue from 100001 each day")));
        QVERIFY(text.out.contains(quarantine));
        QCOMPARE(branch::test::folderSnapshot(dir.path()), before);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no action") << QStringList{QStringLiteral("store")} << QStringLiteral("unknown_action");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("store"), QStringLiteral("repair")}
                                        << QStringLiteral("unknown_action");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("store"), QStringLiteral("salvage-report"),
                                                       QStringLiteral("--fix")}
                                        << QStringLiteral("unknown_option");
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const inprocess::Run run = inprocess::branchctl(args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u'(' + reason + u')'), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestStoreCommand)
#include "tst_storecommand.moc"
