#include "CoreHarness.h"
#include "Database.h"
#include "FraudCheck.h"
#include "FraudReference.h"
#include "ReferenceSync.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

namespace {

const QByteArray kRules = R"({"schemaVersion":1,"version":"bank-7","audience":{"careMode":true,"minAge":60},
 "services":[{"id":"bank.transfer","amountField":"amount","payeeAccountField":"payee_card","textFields":["remark"]}],
 "rules":{"newPayee":false,"amountAbove":{"fen":500000,"currency":"CNY"},"watchList":true,"coolingOffSeconds":45,
 "keywords":[{"text":"养老项目","pattern":"investment"}]}})";
const QByteArray kWatchList = R"({"schemaVersion":1,"version":"bank-7","accounts":["6230 5800 0012 3456 789"]})";
const QString kListed = QStringLiteral("6230580000123456789");

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

ReferenceCopy held(const QString &db, const QString &name)
{
    Database database;
    OpenOptions options;
    options.path = db;
    if (!database.open(options).ok)
        return {};
    return ReferenceSync::held(database, name).value;
}

} // namespace

// The anti-fraud rules and watch list a bank puts in branch-core's reference
// directory reach a kiosk through the real ReferenceSync over loopback mTLS,
// with ETags, are kept while core is away, and a malformed file stops core
// at start with the reason and place, never a watch-list entry.
class TestFraudSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Core and branchctl log their requests and pulls at info: the test reads them.
    void initTestCase() { qputenv("QT_LOGGING_RULES", "branch.*.info=true"); }

    void pulledWithETagsAndKept()
    {
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(rig.makePki());
        QDir().mkpath(rig.path(QStringLiteral("reference")));
        QVERIFY(write(rig.path(QStringLiteral("reference/fraud-rules.json")), kRules));
        QVERIFY(write(rig.path(QStringLiteral("reference/fraud-watchlist.json")), kWatchList));
        QVERIFY(rig.startCore());
        QVERIFY(rig.enrol());

        const test::ToolRun first = rig.branchctl(rig.syncArgs({QStringLiteral("--reference")}));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const ReferenceCopy rules = held(rig.kioskDb(), FraudReference::Rules);
        const ReferenceCopy watch = held(rig.kioskDb(), FraudReference::WatchList);
        QVERIFY(rules.version >= 1);
        QVERIFY(rules.etag.startsWith(QStringLiteral("\"v")));
        QVERIFY(watch.version >= 1);

        // What the kiosk holds is the bank's, and works as such.
        const Result<FraudRules> parsed = FraudRules::parse(rules.data);
        QVERIFY2(parsed.ok(), qPrintable(parsed.reason()));
        QCOMPARE(parsed->version, QStringLiteral("bank-7"));
        QCOMPARE(parsed->coolingOffSeconds, 45);
        const Result<FraudWatchList> list = FraudWatchList::parse(watch.data);
        QVERIFY(list.ok());
        const FraudCheck check(parsed.value(), list.value());
        const QJsonObject values{{QStringLiteral("payee_card"), kListed}, {QStringLiteral("amount"), 600000},
                                 {QStringLiteral("remark"), QStringLiteral("养老项目分红")}};
        const FraudVerdict verdict =
            check.evaluate({QStringLiteral("bank.transfer"), values, true}, {false, 61});
        QCOMPARE(verdict.hits, (QStringList{QStringLiteral("large_amount"), QStringLiteral("watch_list"),
                                            QStringLiteral("remark_investment")}));

        // Again: core answers 304 for both, and the copies stay as they were.
        const test::ToolRun second = rig.branchctl(rig.syncArgs({QStringLiteral("--reference")}));
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.err.contains("reference \"fraud-rules\" \"unchanged\""), second.err.constData());
        QVERIFY2(second.err.contains("reference \"fraud-watchlist\" \"unchanged\""), second.err.constData());
        QCOMPARE(held(rig.kioskDb(), FraudReference::Rules).etag, rules.etag);

        // Core away: the kiosk keeps its copy.
        const QByteArray coreLog = rig.stopCore();
        QVERIFY2(coreLog.contains("GET /v1/reference/fraud-rules 304"), coreLog.constData());
        rig.branchctl(rig.syncArgs({QStringLiteral("--reference"), QStringLiteral("--max-seconds"), QStringLiteral("5")}));
        QCOMPARE(held(rig.kioskDb(), FraudReference::Rules).data, rules.data);
        // No watch-list entry in any log line, on either side.
        for (const QByteArray &log : {first.err, second.err, coreLog}) {
            QVERIFY(!log.contains(kListed.toLatin1()));
            QVERIFY(!log.contains("6230 5800"));
        }
    }

    void malformedRulesStopCore_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("typo") << "fraud-rules.json" << QByteArray(kRules).replace("\"watchList\"", "\"watchlist\"")
                              << QByteArray("fraud_unknown_key at rules.watchlist");
        QTest::newRow("bad account") << "fraud-watchlist.json"
                                     << QByteArray(R"({"schemaVersion":1,"version":"x","accounts":["12345","62x"]})")
                                     << QByteArray("fraud_bad_account at accounts[0]");
    }

    void malformedRulesStopCore()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, reason);
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(rig.makePki());
        QDir().mkpath(rig.path(QStringLiteral("reference")));
        QVERIFY(write(rig.path(QStringLiteral("reference/") + file), json));
        QVERIFY(!rig.startCore());
        const QByteArray out = rig.stopCore();
        QVERIFY2(out.contains(reason), out.constData());
        QVERIFY(!out.contains("62x"));
    }
};

QTEST_GUILESS_MAIN(TestFraudSync)
#include "tst_fraudsync.moc"
