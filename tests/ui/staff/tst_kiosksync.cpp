#include "CoreHarness.h"
#include "FormController.h"
#include "KioskDriver.h"
#include "KioskJourneys.h"
#include "AuditLog.h"
#include "Kiosk.h"
#include "KioskTestBackends.h"
#include "OutboxRepository.h"
#include "PaymentQueue.h"
#include "PaymentReason.h"
#include "PaymentRepository.h"
#include "ServiceListModel.h"
#include "SettingsRepository.h"
#include "ShellController.h"
#include "SessionContext.h"
#include "StaffController.h"
#include "StaffCoreTool.h"
#include "StaffSession.h"
#include "StaffSignIn.h"
#include "StaffSignInController.h"
#include "SubmissionRepository.h"
#include "SyncService.h"

#include <QQmlExtensionPlugin>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

#include "KioskQmlPlugins.h"

using branch::FormController;
using branch::Kiosk;
using branch::OutboxEntry;
using branch::OutboxRepository;
using branch::ShellController;
using branch::SyncSnapshot;

// Delivery to core from the running kiosk, through the real Main.qml: the
// badge customers and staff see, a receipt that reaches a real branch-core
// over loopback TLS, and the staff page's "Send again".
class tst_KioskSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void offlineWithoutCore();
    void referenceDataBeforeAnySubmission();
    void submissionReachesCore();
    void refusedEntryIsSentAgain();
    void onlineFollowsCoreWithinTenSeconds();
    void offlineWhenCoreStops();
    void wrongClockShownToStaff_data();
    void wrongClockShownToStaff();
    void staffReauthenticateAfterIdle();
    void unknownPaymentResolvedAtStart();

private:
    bool startKiosk(const QString &database, const QString &secrets, const QString &coreUrl = {});
    void payElectricityBill();
    // Through the real screen: the long press, the sign-in page, the keyboard.
    void signInAsStaff(const QString &id, const QString &secret);
    branch::test::FakeClock *m_clock = nullptr;
    QList<OutboxEntry> outbox(const QString &state = {});

    QTemporaryDir m_offlineDir;
    QTemporaryDir m_rigDir;
    std::unique_ptr<branch::test::CoreRig> m_rig;
    std::unique_ptr<Kiosk> m_kiosk;
    KioskDriver m_ui;
};

void tst_KioskSync::initTestCase()
{
    QVERIFY(m_offlineDir.isValid() && m_rigDir.isValid());
    m_rig = std::make_unique<branch::test::CoreRig>(m_rigDir.path());
    QVERIFY(m_rig->makePki());
    QVERIFY(m_rig->startCore());
    QVERIFY(m_rig->enrol());
    QVERIFY(branch::test::addStaff(*m_rig, QStringLiteral("S0042"), QStringLiteral("teller"), "counter-2026"));
}

void tst_KioskSync::signInAsStaff(const QString &id, const QString &secret)
{
    ::signInAsStaff(m_ui, *m_kiosk, id, secret);
}

void tst_KioskSync::cleanupTestCase()
{
    m_kiosk.reset();
    if (m_rig)
        m_rig->stopCore();
}

void tst_KioskSync::cleanup()
{
    m_kiosk.reset();
}

bool tst_KioskSync::startKiosk(const QString &database, const QString &secrets, const QString &coreUrl)
{
    branch::KioskOptions options;
    options.coreUrl = coreUrl;
    options.language = QStringLiteral("en");
    options.databasePath = database;
    options.devInsecureSecretsDir = secrets;
    options.kioskCode = QStringLiteral("K001");
    branch::KioskBackends backends = kioskTestBackends(options);
    // The test's own clock: it moves only when the test says (staff idle time).
    m_clock = const_cast<branch::test::FakeClock *>(static_cast<const branch::test::FakeClock *>(backends.clock.get()));
    m_kiosk = std::make_unique<Kiosk>(options, std::move(backends));
    if (!m_kiosk->load() || !m_kiosk->window() || !QTest::qWaitForWindowExposed(m_kiosk->window()))
        return false;
    m_ui.attach(m_kiosk->window());
    return m_kiosk->sync() && m_kiosk->sync()->isRunning();
}

// The electricity bill, as tst_serviceflow walks it: a service core knows.
void tst_KioskSync::payElectricityBill()
{
    STEP(openService(m_ui, *m_kiosk, QStringLiteral("utilities"), QStringLiteral("utility.electricity")));
    STEP(m_ui.click(QStringLiteral("startServiceButton")));
    STEP(m_ui.type(QStringLiteral("lookupAccountField"), QStringLiteral("0101234568")));
    STEP(m_ui.click(QStringLiteral("lookupButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    // The holder's name comes from the bill, masked: nothing to type.
    STEP(m_ui.click(QStringLiteral("option_invoice_none")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    STEP(m_ui.click(QStringLiteral("reviewConfirmButton")));
    // An enrolled kiosk takes the payment: the simulator's card and PIN.
    if (m_kiosk->payments()) {
        QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Pay);
        STEP(m_ui.click(QStringLiteral("testCard_ok")));
        for (const char *key : {"pinKey_1", "pinKey_2", "pinKey_3", "pinKey_4", "pinKey_enter"})
            STEP(m_ui.click(QString::fromLatin1(key)));
    }
    // Stored on the submission worker; the receipt follows.
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->flow()->stage(), FormController::Stage::Receipt, 20000);
    STEP(m_ui.settle());
    QVERIFY(m_ui.text(QStringLiteral("receiptNumber")).startsWith(QStringLiteral("K001-")));
}

QList<OutboxEntry> tst_KioskSync::outbox(const QString &state)
{
    const auto listed = OutboxRepository(*m_kiosk->store()).list(state, 100, 0);
    return listed.ok() ? listed.value : QList<OutboxEntry>{};
}

// (a) No core configured: the kiosk still takes the submission and says so.
void tst_KioskSync::offlineWithoutCore()
{
    QVERIFY(startKiosk(m_offlineDir.filePath(QStringLiteral("kiosk.sqlite")),
                       m_offlineDir.filePath(QStringLiteral("secrets"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->sync()->snapshot().reason, QStringLiteral("core_not_configured"), 10000);
    ShellController *shell = m_kiosk->shell();
    QVERIFY(!shell->syncConfigured());
    QVERIFY(!shell->syncOnline());
    STEP(m_ui.settle());
    QVERIFY(m_ui.item(QStringLiteral("syncBadge")));
    QCOMPARE(m_ui.text(QStringLiteral("syncBadgeText")), QStringLiteral("Some services are unavailable"));

    STEP(payElectricityBill());
    QTRY_COMPARE_WITH_TIMEOUT(shell->queueCount(), 1, 10000);
    STEP(m_ui.settle());
    // Customers are not shown the outbox: that is for staff, on their page.
    const QString badge = m_ui.text(QStringLiteral("syncBadgeText"));
    QCOMPARE(badge, QStringLiteral("Some services are unavailable"));
    QCOMPARE(m_ui.item(QStringLiteral("syncBadge"))->property("statusText").toString(), badge);
    QCOMPARE(outbox(QString(branch::OutboxState::Pending)).size(), 1);
    STEP(m_ui.shoot(QStringLiteral("sync-offline")));
    // No core, and nobody ever signed in here: refused with its own reason.
    STEP(m_ui.longPress(QStringLiteral("syncBadge")));
    QCOMPARE(shell->route(), branch::routes::staffSignIn);
    STEP(m_ui.type(QStringLiteral("staffSignInId"), QStringLiteral("S0042")));
    STEP(m_ui.type(QStringLiteral("staffSignInSecret"), QStringLiteral("counter-2026")));
    STEP(m_ui.click(QStringLiteral("staffSignInButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_ui.text(QStringLiteral("staffSignInError")),
                              branch::StaffSignIn::messageFor(QStringLiteral("offline_unknown")), 20000);
    QCOMPARE(shell->route(), branch::routes::staffSignIn);
    STEP(m_ui.shoot(QStringLiteral("staff-sign-in-offline-unknown")));
    // The staff page itself is not reachable without a sign-in.
    QVERIFY(shell->open(branch::routes::staff));
    QTRY_COMPARE(shell->route(), branch::routes::staffSignIn);
}

// A real branch-core and nothing to deliver: the reference check alone shows
// core is up, and the kiosk holds core's catalog, billers, scripts and rates.
void tst_KioskSync::referenceDataBeforeAnySubmission()
{
    QVERIFY(startKiosk(m_rig->kioskDb(), m_rig->secrets()));
    QCOMPARE(outbox().size(), 0);
    ShellController *shell = m_kiosk->shell();
    QTRY_VERIFY_WITH_TIMEOUT(shell->syncOnline(), 20000);
    const SyncSnapshot snapshot = m_kiosk->sync()->snapshot();
    QCOMPARE(snapshot.referenceVersions.keys(),
             QStringList({QStringLiteral("avatar-scripts"), QStringLiteral("bills"), QStringLiteral("catalog"),
                          QStringLiteral("fraud-rules"), QStringLiteral("fraud-watchlist"), QStringLiteral("fx-rates")}));
    QVERIFY(snapshot.referenceCheckedAt.isValid());
    const auto rates = branch::SettingsRepository(*m_kiosk->store()).value(QStringLiteral("reference.fx-rates.data"));
    QVERIFY(rates.ok() && rates.value);
    QVERIFY2(rates.value->contains(QStringLiteral("\"USD\"")), qPrintable(*rates.value));
    STEP(m_ui.settle());
    QCOMPARE(m_ui.text(QStringLiteral("syncBadgeText")), QStringLiteral("Service normal"));

    STEP(signInAsStaff(QStringLiteral("S0042"), QStringLiteral("counter-2026")));
    QCOMPARE(m_ui.text(QStringLiteral("staffMember")), QStringLiteral("Signed in: Wang Fang (S0042) · Teller · branch 0101"));
    QCOMPARE(m_ui.text(QStringLiteral("staffDelivery")), QStringLiteral("Online"));
    const QString reference = m_ui.text(QStringLiteral("staffReference"));
    QVERIFY2(reference.contains(QStringLiteral("exchange rates version %1").arg(snapshot.referenceVersions.value(QStringLiteral("fx-rates")))),
             qPrintable(reference));
    QVERIFY2(reference.contains(QStringLiteral("service catalogue version")), qPrintable(reference));
    QVERIFY2(!reference.contains(QStringLiteral("not reached")), qPrintable(reference));
    STEP(m_ui.shoot(QStringLiteral("sync-staff-reference")));
}

// (b) A real branch-core: the receipt is delivered and the queue drains.
void tst_KioskSync::submissionReachesCore()
{
    QVERIFY(startKiosk(m_rig->kioskDb(), m_rig->secrets()));
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->sync()->snapshot().configured, 10000);
    STEP(payElectricityBill());
    const QList<OutboxEntry> stored = outbox();
    QCOMPARE(stored.size(), 1);
    const QString key = stored.constFirst().idempotencyKey;

    ShellController *shell = m_kiosk->shell();
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->sync()->snapshot().counts.acknowledged, 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(shell->queueCount(), 0, 20000);
    QVERIFY(shell->syncConfigured());
    QVERIFY(shell->syncOnline());
    QCOMPARE(shell->rejectedCount(), 0);
    STEP(m_ui.settle());
    QCOMPARE(m_ui.text(QStringLiteral("syncBadgeText")), QStringLiteral("Service normal"));

    QString error;
    const QHash<QString, int> exported = m_rig->exportedKeys(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(exported.value(key), 1);
    QCOMPARE(outbox(QString(branch::OutboxState::Acknowledged)).size(), 1);
}

// (c) Core refuses a service it does not know; staff see it and send it again,
// with the same idempotency key.
void tst_KioskSync::refusedEntryIsSentAgain()
{
    QVERIFY(startKiosk(m_rig->kioskDb(), m_rig->secrets()));
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->sync()->snapshot().configured, 10000);
    branch::SubmissionRequest request;
    request.serviceId = QStringLiteral("bank.transfer"); // the test core knows only two services
    request.sessionId = QStringLiteral("staff-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.orderingKey = QStringLiteral("staff-test");
    request.fields = QJsonObject{{QStringLiteral("payee_name"), QStringLiteral("Wang Wu")}};
    request.amount = branch::Money(50000);
    const auto submitted = m_kiosk->submissions()->submit(request);
    QVERIFY(submitted.ok());
    m_kiosk->sync()->nudge();

    ShellController *shell = m_kiosk->shell();
    QTRY_COMPARE_WITH_TIMEOUT(shell->rejectedCount(), 1, 20000);
    const QList<OutboxEntry> rejected = outbox(QString(branch::OutboxState::Rejected));
    QCOMPARE(rejected.size(), 1);
    const OutboxEntry entry = rejected.constFirst();
    QCOMPARE(entry.idempotencyKey, submitted.value.idempotencyKey);
    QCOMPARE(entry.rejectReason, QStringLiteral("unknown_service"));
    QCOMPARE(entry.attempts, 1);
    STEP(m_ui.settle());
    // Core's refusal is staff's business: customers still read "Service normal".
    QCOMPARE(m_ui.text(QStringLiteral("syncBadgeText")), QStringLiteral("Service normal"));

    STEP(signInAsStaff(QStringLiteral("S0042"), QStringLiteral("counter-2026")));
    QVERIFY2(m_ui.text(QStringLiteral("staffDelivery")).contains(QStringLiteral("1 refused")),
             qPrintable(m_ui.text(QStringLiteral("staffDelivery"))));
    const QString id = QString::number(entry.id);
    QVERIFY(m_ui.item(QStringLiteral("staffPage")));
    QVERIFY(m_ui.item(QStringLiteral("rejectedEntry_") + id));
    // Only the last four characters of the receipt number show; no payload.
    const QString receipt = m_ui.text(QStringLiteral("rejectedReceipt_") + id);
    const QString number = submitted.value.receiptNumber;
    QVERIFY2(receipt.contains(QStringLiteral("*") + number.right(4)) && !receipt.contains(number), qPrintable(receipt));
    QVERIFY(!receipt.contains(QStringLiteral("Wang Wu")));
    QVERIFY(!m_ui.text(QStringLiteral("rejectedReason_") + id).isEmpty());
    STEP(m_ui.shoot(QStringLiteral("sync-staff-page")));

    // The signed-in member sends it again: the audit log names them.
    QCOMPARE(m_kiosk->staff()->staffId(), QStringLiteral("S0042"));
    QCOMPARE(m_ui.item(QStringLiteral("sendAgainButton_") + id)->property("enabled").toBool(), true);
    STEP(m_ui.click(QStringLiteral("sendAgainButton_") + id));
    // Back to pending with the same key; the nudge may already have sent it again.
    const auto after = OutboxRepository(*m_kiosk->store()).find(entry.id);
    QVERIFY(after.ok() && after.value);
    QCOMPARE(after.value->idempotencyKey, entry.idempotencyKey);
    QVERIFY2(after.value->state == branch::OutboxState::Pending || after.value->attempts > 1,
             qPrintable(after.value->state));

    QSqlQuery audit(m_kiosk->store()->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor, subject FROM audit_log WHERE kind = 'staff_action'"
                                      " AND subject LIKE 'outbox:%'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("staff:S0042"));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("outbox:") + id);
    QVERIFY(!audit.next());

    // Core answers the same key the same way: refused again, one more attempt.
    const auto attempts = [&] {
        const auto found = OutboxRepository(*m_kiosk->store()).find(entry.id);
        return found.ok() && found.value && found.value->state == branch::OutboxState::Rejected ? found.value->attempts : 0;
    };
    QTRY_COMPARE_WITH_TIMEOUT(attempts(), 2, 20000);
    QCOMPARE(OutboxRepository(*m_kiosk->store()).find(entry.id).value->idempotencyKey, entry.idempotencyKey);
}

// Core stops while the kiosk is idle, with nothing to send: the badge must
// not go on saying all is well. It turns within 10 s (it said "Online" for
// more than 45 s, until the next reference check).
void tst_KioskSync::onlineFollowsCoreWithinTenSeconds()
{
    m_rig->stopCore();
    QVERIFY(m_rig->startCore()); // a new port: the kiosk is told with --core
    QVERIFY(startKiosk(m_rig->kioskDb(), m_rig->secrets(), m_rig->url()));
    ShellController *shell = m_kiosk->shell();
    QTRY_VERIFY_WITH_TIMEOUT(shell->syncOnline(), 20000);
    // Let the start-up reference round pass, so only the idle kiosk's own checks remain.
    QTest::qWait(1500);
    QVERIFY(shell->syncOnline());
    m_rig->stopCore();
    QTRY_VERIFY_WITH_TIMEOUT(!shell->syncOnline(), 10000);
    STEP(m_ui.settle());
    QCOMPARE(m_ui.text(QStringLiteral("syncBadgeText")), QStringLiteral("Some services are unavailable"));
    STEP(m_ui.shoot(QStringLiteral("sync-core-stopped")));
}

// Core goes away: the badge says offline and counts what waits.
void tst_KioskSync::offlineWhenCoreStops()
{
    m_rig->stopCore();
    QVERIFY(startKiosk(m_rig->kioskDb(), m_rig->secrets()));
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->sync()->snapshot().configured, 10000);
    STEP(payElectricityBill());
    ShellController *shell = m_kiosk->shell();
    QTRY_COMPARE_WITH_TIMEOUT(shell->queueCount(), 1, 20000);
    QVERIFY(!shell->syncOnline());
    QVERIFY(shell->syncConfigured());
    STEP(m_ui.settle());
    QCOMPARE(m_ui.text(QStringLiteral("syncBadgeText")), QStringLiteral("Some services are unavailable"));
    // S0042 signed in here while core was up: the sealed verifier lets them in.
    STEP(signInAsStaff(QStringLiteral("S0042"), QStringLiteral("counter-2026")));
    QVERIFY(m_kiosk->staffSignIn()->offline());
    QVERIFY2(m_ui.text(QStringLiteral("staffMember")).startsWith(QStringLiteral("Signed in (offline): Wang Fang")),
             qPrintable(m_ui.text(QStringLiteral("staffMember"))));
    const QString detail = m_ui.text(QStringLiteral("staffDelivery"));
    QVERIFY2(detail.startsWith(QStringLiteral("Offline — 1 request")), qPrintable(detail));
    // Closing while core is unreachable must not hang (the test's timeout
    // catches that) or crash.
    m_kiosk.reset();
    QVERIFY(!m_kiosk);
}


// A clock drill: core's clock is moved, the kiosk's is not. The kiosk sees
// the gap in its exchanges with core and tells staff which way it is off.
void tst_KioskSync::wrongClockShownToStaff_data()
{
    QTest::addColumn<int>("coreOffsetSeconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kiosk behind") << 20 * 60 << QStringLiteral("20 minutes behind core's");
    QTest::newRow("kiosk ahead") << -(90 * 60) << QStringLiteral("90 minutes ahead of core's");
}

void tst_KioskSync::wrongClockShownToStaff()
{
    QFETCH(int, coreOffsetSeconds);
    QFETCH(QString, expected);
    m_rig->stopCore();
    QVERIFY(m_rig->startCore(QStringLiteral("core"),
                             {QStringLiteral("--clock-offset-seconds"), QString::number(coreOffsetSeconds)}));
    // A new port: tell the kiosk, as `--core` would.
    QVERIFY(startKiosk(m_rig->kioskDb(), m_rig->secrets(), m_rig->url()));
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->sync()->snapshot().clockSkewed, 20000);
    QVERIFY(m_kiosk->shell()->syncOnline());
    // 90 minutes ahead, core refuses the kiosk's credential: core never
    // judged the member, so the kiosk's verifier lets them in to read why.
    STEP(signInAsStaff(QStringLiteral("S0042"), QStringLiteral("counter-2026")));
    const QString warning = m_ui.text(QStringLiteral("staffClockWarning"));
    QVERIFY2(warning.contains(expected), qPrintable(warning));
    STEP(m_ui.shoot(QStringLiteral("sync-staff-clock")));
    m_kiosk.reset();
    m_rig->stopCore();
}

// PCI DSS v4 8.2.8: after 15 minutes without a staff action the staff page
// gives way to the sign-in, which asks the same member for the password
// again; a wrong one is refused with its reason; sign-out ends the session.
void tst_KioskSync::staffReauthenticateAfterIdle()
{
    m_rig->stopCore();
    QVERIFY(m_rig->startCore());
    QVERIFY(startKiosk(m_rig->kioskDb(), m_rig->secrets(), m_rig->url()));
    STEP(signInAsStaff(QStringLiteral("S0042"), QStringLiteral("counter-2026")));
    branch::StaffSignInController *signIn = m_kiosk->staffSignIn();
    m_clock->advance(15 * 60 * 1000 - 1);
    signIn->checkIdle();
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::staff);
    m_clock->advance(1);
    signIn->checkIdle();
    QTRY_COMPARE(m_kiosk->shell()->route(), branch::routes::staffSignIn);
    QVERIFY(signIn->reauthenticating());
    QVERIFY(m_kiosk->staff()->staffId().isEmpty()); // nothing in the name of an absent member
    QVERIFY(m_kiosk->context()->staffSession()->idle());
    STEP(m_ui.settle());
    QCOMPARE(m_ui.item(QStringLiteral("staffSignInId"))->property("text").toString(), QStringLiteral("S0042"));
    QVERIFY(m_ui.item(QStringLiteral("staffSignInId"))->property("readOnly").toBool());
    STEP(m_ui.shoot(QStringLiteral("staff-reauthenticate")));

    STEP(m_ui.type(QStringLiteral("staffSignInSecret"), QStringLiteral("counter-2025")));
    STEP(m_ui.click(QStringLiteral("staffSignInButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_ui.text(QStringLiteral("staffSignInError")),
                              branch::StaffSignIn::messageFor(QStringLiteral("wrong_secret")), 20000);
    QVERIFY(signIn->reauthenticating());

    STEP(m_ui.type(QStringLiteral("staffSignInSecret"), QStringLiteral("counter-2026")));
    STEP(m_ui.click(QStringLiteral("staffSignInButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->shell()->route(), branch::routes::staff, 20000);
    QCOMPARE(m_kiosk->staff()->staffId(), QStringLiteral("S0042"));

    STEP(m_ui.click(QStringLiteral("staffSignOut")));
    QTRY_COMPARE(m_kiosk->shell()->route(), branch::routes::staffSignIn);
    QVERIFY(!signIn->signedIn());
    QVERIFY(!signIn->reauthenticating());
    QVERIFY(!m_kiosk->context()->staffSession()->signedIn());

    // Each step in the audit log, under the member's own name once proven;
    // the refused attempt under the kiosk's, naming the id typed.
    QSqlQuery audit(m_kiosk->store()->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor, details FROM audit_log WHERE kind = 'staff_action'"
                                      " AND subject LIKE 'staff_session:%' ORDER BY id DESC LIMIT 4")));
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("staff:S0042"), QStringLiteral("\"action\":\"sign_out\"")},
        {QStringLiteral("staff:S0042"), QStringLiteral("\"outcome\":\"online\"")},
        {QStringLiteral("kiosk"), QStringLiteral("\"outcome\":\"wrong_secret\"")},
        {QStringLiteral("staff:S0042"), QStringLiteral("\"action\":\"sign_in\"")},
    };
    for (const auto &[actor, detail] : expected) {
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), actor);
        QVERIFY2(audit.value(1).toString().contains(detail), qPrintable(audit.value(1).toString()));
        QVERIFY(audit.value(1).toString().contains(QStringLiteral("\"staff\":\"S0042\"")));
    }
    QVERIFY(m_kiosk->audit()->verify().value.intact());
    m_kiosk.reset();
    m_rig->stopCore();
}

// A payment left Unknown (a crash before core's answer was stored) is settled
// at the kiosk's next start by asking core for its key, never paid again:
// core never had this one, so it is declined as not found, and nothing of it
// stays open.
void tst_KioskSync::unknownPaymentResolvedAtStart()
{
    const QString key(32, u'b');
    {
        branch::Database db;
        QVERIFY(db.open({m_rig->kioskDb()}).ok);
        branch::PaymentRepository payments(db);
        branch::PaymentRow row;
        row.key = key;
        row.reference = QStringLiteral("ELEC-0101234568");
        row.amount = branch::Money(20'325);
        row.maskedPan = QStringLiteral("6222 **** **** 0015");
        row.createdMs = row.updatedMs = 1;
        QVERIFY(!payments.recordIntent(row).isError());
        QVERIFY(!payments.move(key, branch::PaymentState::Unknown, QString(branch::PaymentReason::Timeout), {}, 2).isError());
    }
    QVERIFY(m_rig->startCore()); // a new port: the kiosk is told with --core
    QVERIFY(startKiosk(m_rig->kioskDb(), m_rig->secrets(), m_rig->url()));
    QVERIFY(m_kiosk->payments());
    branch::PaymentRepository payments(*m_kiosk->store());
    // (Other tests' payments may still wait on core's grace period.)
    QTRY_VERIFY_WITH_TIMEOUT(payments.find(key).value && payments.find(key).value->state != branch::PaymentState::Unknown,
                             20000);
    const auto settled = payments.find(key);
    QVERIFY(settled.ok() && settled.value);
    QCOMPARE(settled.value->state, branch::PaymentState::Declined);
    QCOMPARE(settled.value->reason, QString(branch::PaymentReason::NotFound));
    m_kiosk.reset();
    m_rig->stopCore();
}

QTEST_MAIN(tst_KioskSync)
#include "tst_kiosksync.moc"
