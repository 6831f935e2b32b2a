#include "ReferenceSync.h"
#include "SyncTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace branch;

namespace {

// Serves one reference document per name with a version, honouring If-None-Match.
class ReferenceCore final : public CoreClient
{
public:
    QHash<QString, qint64> versions;
    QHash<QString, QJsonValue> data;
    QStringList etagsSeen;
    bool down = false;

    BatchReply sendBatch(const QList<CoreTransaction> &) override { return {}; }
    LookupReply lookup(const QString &) override { return {}; }
    AnchorReply latestAnchor() override { return {}; }
    AnchorReply anchor(const AnchorRequest &) override { return {}; }
    EnrollReply enroll(const QString &, const QString &, const QByteArray &) override { return {}; }
    CoreReply fetchTime() override { return {}; }
    ReferenceReply fetchReference(const QString &name, const QString &etag) override
    {
        etagsSeen.append(etag);
        ReferenceReply reply;
        if (down) {
            reply.status = ReplyStatus::Server;
            reply.reason = QStringLiteral("unavailable");
            return reply;
        }
        reply.serverTime = QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC);
        reply.etag = QStringLiteral("\"v%1\"").arg(versions.value(name));
        if (etag == reply.etag) {
            reply.status = ReplyStatus::NotModified;
            return reply;
        }
        reply.status = ReplyStatus::Ok;
        reply.version = versions.value(name);
        reply.data = data.value(name);
        return reply;
    }
};

} // namespace

class TestReferenceSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesThenSendsEtag()
    {
        test::KioskDb k;
        ReferenceCore core;
        core.versions.insert(QStringLiteral("fx-rates"), 4);
        core.data.insert(QStringLiteral("fx-rates"), QJsonObject{{QStringLiteral("USD"), 7.1}});
        ReferenceSync sync(k.db, core);
        QSignalSpy updated(&sync, &ReferenceSync::referenceUpdated);
        const ReferenceOutcome first = sync.pull(QStringLiteral("fx-rates"));
        QCOMPARE(first.result, QStringLiteral("updated"));
        // Core's clock reading comes along, for the kiosk's clock check.
        QCOMPARE(first.serverTime, QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(updated.count(), 1);
        const auto held = sync.copy(QStringLiteral("fx-rates")).value;
        QCOMPARE(held.version, 4);
        QCOMPARE(held.etag, QStringLiteral("\"v4\""));
        QCOMPARE(held.data, QByteArray(R"({"USD":7.1})"));
        QCOMPARE(sync.pull(QStringLiteral("fx-rates")).result, QStringLiteral("unchanged"));
        QCOMPARE(core.etagsSeen, QStringList({QString(), QStringLiteral("\"v4\"")}));
        QCOMPARE(updated.count(), 1);
    }

    void neverGoesBackwards()
    {
        test::KioskDb k;
        ReferenceCore core;
        core.versions.insert(QStringLiteral("catalog"), 9);
        core.data.insert(QStringLiteral("catalog"), QJsonArray{1, 2});
        ReferenceSync sync(k.db, core);
        QCOMPARE(sync.pull(QStringLiteral("catalog")).result, QStringLiteral("updated"));
        core.versions.insert(QStringLiteral("catalog"), 8); // a stale replica
        core.data.insert(QStringLiteral("catalog"), QJsonArray{1});
        QCOMPARE(sync.pull(QStringLiteral("catalog")).result, QStringLiteral("older_ignored"));
        QCOMPARE(sync.copy(QStringLiteral("catalog")).value.version, 9);
        QCOMPARE(sync.copy(QStringLiteral("catalog")).value.data, QByteArray("[1,2]"));
        core.versions.insert(QStringLiteral("catalog"), 10);
        core.data.insert(QStringLiteral("catalog"), QJsonValue(QStringLiteral("scalar")));
        QCOMPARE(sync.pull(QStringLiteral("catalog")).result, QStringLiteral("updated"));
        QCOMPARE(sync.copy(QStringLiteral("catalog")).value.data, QByteArray("\"scalar\""));
    }

    void failureKeepsCopy()
    {
        test::KioskDb k;
        ReferenceCore core;
        core.versions.insert(QStringLiteral("bills"), 1);
        core.data.insert(QStringLiteral("bills"), QJsonObject{});
        ReferenceSync sync(k.db, core);
        const QList<ReferenceOutcome> all = sync.pullAll();
        QCOMPARE(all.size(), ReferenceName::all().size());
        for (const ReferenceOutcome &o : all)
            QVERIFY2(o.reached, qPrintable(o.name));
        core.down = true;
        const ReferenceOutcome failed = sync.pull(QStringLiteral("bills"));
        QCOMPARE(failed.result, QStringLiteral("failed"));
        QCOMPARE(failed.reason, QStringLiteral("unavailable"));
        QVERIFY(!failed.reached);
        // Core is down: one unanswered name ends the round.
        QCOMPARE(sync.pullAll().size(), 1);
        QCOMPARE(sync.copy(QStringLiteral("bills")).value.version, 1);
    }

    // Anti-fraud rules that do not parse are refused, whatever core says:
    // the last good copy stays in use (docs/fraud.md).
    void fraudRulesThatDoNotParseAreRefused()
    {
        test::KioskDb k;
        ReferenceCore core;
        const QString name = QStringLiteral("fraud-rules");
        QFile defaults(QStringLiteral(":/fraud/fraud-rules.json"));
        QVERIFY(defaults.open(QIODevice::ReadOnly));
        QJsonObject good = QJsonDocument::fromJson(defaults.readAll()).object();
        core.versions.insert(name, 1);
        core.data.insert(name, good);
        ReferenceSync sync(k.db, core);
        QCOMPARE(sync.pull(name).result, QStringLiteral("updated"));
        const ReferenceCopy kept = sync.copy(name).value;

        QJsonObject bad = good;
        bad.insert(QStringLiteral("comment"), QStringLiteral("typo"));
        core.versions.insert(name, 2);
        core.data.insert(name, bad);
        const ReferenceOutcome refused = sync.pull(name);
        QCOMPARE(refused.result, QStringLiteral("failed"));
        QCOMPARE(refused.reason, QStringLiteral("fraud_unknown_key"));
        QVERIFY(refused.reached);
        QCOMPARE(sync.copy(name).value.version, 1);
        QCOMPARE(sync.copy(name).value.data, kept.data);
    }
};

QTEST_GUILESS_MAIN(TestReferenceSync)
#include "tst_reference_sync.moc"
