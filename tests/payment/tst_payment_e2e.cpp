// Card payment end to end: the real branch-core on loopback (CoreHarness),
// an enrolled kiosk, HttpsCoreClient over mutual TLS, the simulated card
// reader and PIN pad. The kill test runs the kiosk side as its own process
// (payment_kiosk) and SIGKILLs it between core's authorisation and the
// kiosk storing it.
#include "CoreCharges.h"
#include "CoreHarness.h"
#include "KioskEndpoint.h"
#include "PaymentReason.h"
#include "PaymentRepository.h"
#include "SimulatedCardReader.h"
#include "SimulatedPinPad.h"
#include "TestCards.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace branch;
using namespace std::chrono_literals;

namespace {

PaymentRequest requestFor(const QString &card, qint64 fen, const QString &key, const QString &reference)
{
    SimulatedCardReader reader(TestCards::byName(card)->track2);
    SimulatedPinPad pad(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
    PaymentRequest r;
    r.key = key;
    r.amount = Money(fen);
    r.reference = reference;
    r.card = reader.readCard(1s).value();
    r.pin = pad.collectPin(r.card, 1s).value();
    return r;
}

} // namespace

class TestPaymentE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::CoreRig> m_rig;

    QString kioskProgram() const { return test::builtProgram(QStringLiteral("payment_kiosk")); }

    QStringList kioskArgs(const QString &command) const
    {
        return {command, m_rig->kioskDb(), m_rig->secrets()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false"));
        m_rig = std::make_unique<test::CoreRig>(m_dir.path());
        QVERIFY(m_rig->makePki());
        QVERIFY(m_rig->startCore());
        QVERIFY(m_rig->enrol());
    }

    void cleanupTestCase()
    {
        if (m_rig)
            m_rig->stopCore();
    }

    // Over HTTPS: each test card's decision, a repeat answered from core's
    // record, another payment under a used key refused, and lookups.
    void overHttps()
    {
        Database db;
        QVERIFY(db.open({m_rig->kioskDb()}).ok);
        QString error;
        auto client = test::kioskClient(db, m_rig->secrets(), &error);
        QVERIFY2(client, qPrintable(error));
        RandomKeySource keys;

        const QString key = keys.next();
        const GatewayReply first = client->authorise(requestFor(QStringLiteral("ok"), 12'050, key, QStringLiteral("e2e-1")));
        QCOMPARE(int(first.status), int(GatewayStatus::Answered));
        QCOMPARE(first.outcome.state, PaymentState::Authorised);
        QVERIFY(!first.outcome.replayed);

        const GatewayReply again = client->authorise(requestFor(QStringLiteral("ok"), 12'050, key, QStringLiteral("e2e-1")));
        QCOMPARE(again.outcome.state, PaymentState::Authorised);
        QVERIFY(again.outcome.replayed);
        QCOMPARE(again.outcome.authorisation, first.outcome.authorisation);

        const GatewayReply other = client->authorise(requestFor(QStringLiteral("ok"), 99'999, key, QStringLiteral("e2e-1")));
        QCOMPARE(int(other.status), int(GatewayStatus::Refused));
        QCOMPARE(other.reason, QString(PaymentReason::KeyReused));
        QCOMPARE(test::chargesAt(m_rig->coreDb(), QStringLiteral("e2e-1")).count, 1);

        const GatewayReply looked = client->status(key);
        QCOMPARE(looked.outcome.authorisation, first.outcome.authorisation);
        QCOMPARE(int(client->status(keys.next()).status), int(GatewayStatus::NotFound));

        for (const char *card : {"wrong_pin", "card_locked", "insufficient_funds"}) {
            const GatewayReply declined =
                client->authorise(requestFor(QString::fromLatin1(card), 12'050, keys.next(), QStringLiteral("e2e-2")));
            QCOMPARE(declined.outcome.state, PaymentState::Declined);
            QCOMPARE(declined.outcome.reason, QString::fromLatin1(card));
        }
    }

    // SIGKILL after core authorised and before the kiosk stored it; the
    // restarted kiosk resolves the payment by its key: one charge at core,
    // and the kiosk's record has core's authorisation.
    void killBetweenChargeAndRecord()
    {
        const QString reference = QStringLiteral("bill-kill-1");
        QProcess kiosk;
        kiosk.start(kioskProgram(), kioskArgs(QStringLiteral("pay"))
                                        << QStringLiteral("ok") << QStringLiteral("12050") << reference
                                        << QStringLiteral("--stop-at") << QStringLiteral("answered"));
        QVERIFY(kiosk.waitForStarted());
        QByteArray out;
        while (!out.contains('\n') && kiosk.waitForReadyRead(30000))
            out += kiosk.readAllStandardOutput();
        QVERIFY2(out.startsWith("STOPPED "), out.constData());
        const QString key = QString::fromLatin1(out.mid(8).trimmed());
        QCOMPARE(::kill(pid_t(kiosk.processId()), SIGKILL), 0);
        QVERIFY(kiosk.waitForFinished(10000));

        // Charged at core; the kiosk's record still pending.
        QCOMPARE(test::chargesAt(m_rig->coreDb(), reference).count, 1);
        {
            Database db;
            QVERIFY(db.open({m_rig->kioskDb()}).ok);
            QCOMPARE(PaymentRepository(db).find(key).value->state, PaymentState::Pending);
        }

        const test::ProcessRun resolved = test::runProcess(kioskProgram(), kioskArgs(QStringLiteral("resolve")));
        QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
        const QJsonObject line = QJsonDocument::fromJson(resolved.out.trimmed()).object();
        QCOMPARE(line.value(QStringLiteral("key")).toString(), key);
        QCOMPARE(line.value(QStringLiteral("state")).toString(), QStringLiteral("authorised"));

        const test::CoreCharges charges = test::chargesAt(m_rig->coreDb(), reference);
        QCOMPARE(charges.count, 1);
        Database db;
        QVERIFY(db.open({m_rig->kioskDb()}).ok);
        const auto row = PaymentRepository(db).find(key).value;
        QCOMPARE(row->state, PaymentState::Authorised);
        QCOMPARE(row->authorisation, charges.authorisation);

        // A second restart finds nothing to resolve and charges nothing.
        const test::ProcessRun again = test::runProcess(kioskProgram(), kioskArgs(QStringLiteral("resolve")));
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.trimmed().isEmpty());
        QCOMPARE(test::chargesAt(m_rig->coreDb(), reference).count, 1);
    }

    // The whole path in one kiosk run, for each decision a customer meets.
    void payThroughTheKiosk_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("state");
        QTest::newRow("ok") << QStringLiteral("ok") << QStringLiteral("authorised");
        QTest::newRow("wrong PIN") << QStringLiteral("wrong_pin") << QStringLiteral("declined");
        QTest::newRow("pad timeout") << QStringLiteral("payment_timeout") << QStringLiteral("declined");
    }

    void payThroughTheKiosk()
    {
        QFETCH(QString, card);
        QFETCH(QString, state);
        const QString reference = QStringLiteral("bill-run-") + card;
        const test::ProcessRun run = test::runProcess(
            kioskProgram(), kioskArgs(QStringLiteral("pay")) << card << QStringLiteral("5000") << reference);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject line = QJsonDocument::fromJson(run.out.trimmed()).object();
        QCOMPARE(line.value(QStringLiteral("state")).toString(), state);
        QCOMPARE(test::chargesAt(m_rig->coreDb(), reference).count, state == u"authorised" ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentE2e)
#include "tst_payment_e2e.moc"
