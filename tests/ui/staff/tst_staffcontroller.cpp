#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "IdempotencyKeySource.h"
#include "OutboxRepository.h"
#include "PaymentRepository.h"
#include "PayloadCodec.h"
#include "StaffController.h"
#include "FakeClock.h"
#include "StaffSession.h"
#include "SubmissionRepository.h"
#include "TestAuditKey.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using branch::OutboxRepository;
using branch::StaffController;

// The staff page's rules: what a refused entry shows, and "Send again".
namespace {

branch::StaffMember member(const QString &id)
{
    return {id, QStringLiteral("Wang Fang"), branch::StaffRole::Teller, QStringLiteral("0101")};
}

} // namespace

class tst_StaffController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void maskReceipt_data();
    void maskReceipt();
    void listsRefusedEntriesWithoutPersonalData();
    void sendAgainKeepsTheKeyAndAudits();
    void sendAgainRefusesAnEntryNotRefused();
    void clockSkewInMinutes_data();
    void clockSkewInMinutes();
    void clockWarningPerDirection_data();
    void clockWarningPerDirection();
    void unresolvedPaymentsShownToStaff();
    void referenceTextNamesWhatIsHeld_data();
    void referenceTextNamesWhatIsHeld();

private:
    qint64 submitAndRefuse(const QString &payee);

    QTemporaryDir m_dir;
    branch::SystemClock m_clock;
    std::unique_ptr<branch::Database> m_db;
    std::shared_ptr<const branch::AuditChainKey> m_auditKey = branch::test::auditKey();
    std::unique_ptr<branch::AuditLog> m_audit;
    int m_nudges = 0;
};

void tst_StaffController::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<branch::Database>();
    branch::OpenOptions open;
    open.path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    QVERIFY(m_db->open(open).ok);
    m_audit = std::make_unique<branch::AuditLog>(*m_db, m_clock, m_auditKey);
    m_nudges = 0;
}

void tst_StaffController::cleanup()
{
    m_audit.reset();
    m_db.reset();
}

void tst_StaffController::maskReceipt_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");
    QTest::newRow("receipt") << QStringLiteral("K001-20261123-000001Z") << QStringLiteral("*****************001Z");
    QTest::newRow("four") << QStringLiteral("ABCD") << QStringLiteral("ABCD");
    QTest::newRow("short") << QStringLiteral("AB") << QStringLiteral("AB");
    QTest::newRow("empty") << QString() << QString();
}

void tst_StaffController::maskReceipt()
{
    QFETCH(QString, number);
    QFETCH(QString, masked);
    QCOMPARE(StaffController::maskReceipt(number), masked);
}

qint64 tst_StaffController::submitAndRefuse(const QString &payee)
{
    const branch::PlainPayloadCodec codec;
    branch::RandomKeySource keys;
    branch::SubmissionSettings settings;
    settings.kioskCode = QStringLiteral("K001");
    branch::SubmissionRepository repo(*m_db, m_clock, codec, keys, settings);
    branch::SubmissionRequest r;
    r.serviceId = QStringLiteral("bank.transfer");
    r.sessionId = QStringLiteral("s");
    r.orderingKey = payee;
    r.fields = QJsonObject{{QStringLiteral("payee_name"), payee}};
    const auto stored = repo.submit(r);
    if (!stored.ok()) {
        qWarning("submit: %s", qPrintable(stored.error.reason));
        return 0;
    }
    OutboxRepository outbox(*m_db);
    const qint64 id = outbox.findByKey(stored.value.idempotencyKey).value->id;
    if (outbox.markSent({id}).isError()
        || outbox.markRejected(id, QStringLiteral("unknown_service"), QStringLiteral("Core does not offer this service."))
               .isError())
        return 0;
    return id;
}

void tst_StaffController::listsRefusedEntriesWithoutPersonalData()
{
    const qint64 id = submitAndRefuse(QStringLiteral("Wang Wu"));
    QVERIFY(id > 0);
    StaffController staff;
    QSignalSpy changed(&staff, &StaffController::rejectedChanged);
    staff.setBackends({m_db.get(), &m_clock, nullptr, {}, m_auditKey});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(staff.rejected().size(), 1);
    const branch::RejectedEntry row = staff.rejected().constFirst();
    QCOMPARE(row.entryId, id);
    QCOMPARE(row.service, QStringLiteral("bank.transfer")); // no catalog: the id
    QCOMPARE(row.reason, QStringLiteral("Core does not offer this service."));
    QCOMPARE(row.attempts, 1);
    QVERIFY(row.receipt.startsWith(u'*'));
    for (const QString &value : {row.receipt, row.service, row.reason})
        QVERIFY2(!value.contains(QStringLiteral("Wang")), qPrintable(value));
    // QML reads the same rows as rejectedEntry values.
    QCOMPARE(staff.rejectedList().size(), 1);
    QCOMPARE(staff.rejectedList().constFirst().value<branch::RejectedEntry>(), row);
    staff.refresh();
    QCOMPARE(changed.size(), 1); // nothing new, no signal
}

void tst_StaffController::sendAgainKeepsTheKeyAndAudits()
{
    const qint64 id = submitAndRefuse(QStringLiteral("Li Si"));
    QVERIFY(id > 0);
    OutboxRepository outbox(*m_db);
    const QString key = outbox.find(id).value->idempotencyKey;
    StaffController staff;
    branch::test::FakeClock sessionClock;
    branch::StaffSession session(sessionClock);
    staff.setBackends({m_db.get(), &m_clock, nullptr, [this] { ++m_nudges; }, m_auditKey, &session});
    // Nobody signed in: refused, nothing changes, nothing is audited.
    QVERIFY(!staff.canSendAgain());
    QVERIFY(!staff.sendAgain(id));
    QVERIFY(!staff.errorText().isEmpty());
    QCOMPARE(outbox.find(id).value->state, QString(branch::OutboxState::Rejected));
    QSignalSpy named(&staff, &StaffController::staffIdChanged);
    session.begin(member(QStringLiteral("S0042")));
    staff.sessionChanged();
    QCOMPARE(named.count(), 1);
    QCOMPARE(staff.staffId(), QStringLiteral("S0042"));
    QVERIFY(staff.canSendAgain());
    // Idle for 15 minutes: nothing in the member's name until they sign in again.
    sessionClock.advance(15 * 60 * 1000);
    QVERIFY(!staff.canSendAgain());
    QVERIFY(!staff.sendAgain(id));
    QCOMPARE(outbox.find(id).value->state, QString(branch::OutboxState::Rejected));
    session.begin(member(QStringLiteral("S0042")));
    QVERIFY(staff.canSendAgain());
    QVERIFY(staff.sendAgain(id));
    QVERIFY(staff.errorText().isEmpty());
    const auto after = outbox.find(id);
    QVERIFY(after.ok() && after.value);
    QCOMPARE(after.value->state, QString(branch::OutboxState::Pending));
    QCOMPARE(after.value->idempotencyKey, key);
    QVERIFY(staff.rejected().isEmpty());
    QCOMPARE(m_nudges, 1);
    QSqlQuery audit(m_db->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT kind, actor, subject FROM audit_log ORDER BY id DESC LIMIT 1")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("staff_action"));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("staff:S0042")); // who, never a placeholder
    QCOMPARE(audit.value(2).toString(), QStringLiteral("outbox:%1").arg(id));
    QVERIFY(!audit.next());
}

void tst_StaffController::sendAgainRefusesAnEntryNotRefused()
{
    const qint64 id = submitAndRefuse(QStringLiteral("Zhao Liu"));
    QVERIFY(id > 0);
    StaffController staff;
    branch::test::FakeClock sessionClock;
    branch::StaffSession session(sessionClock);
    session.begin(member(QStringLiteral("S0042")));
    staff.setBackends({m_db.get(), &m_clock, nullptr, [this] { ++m_nudges; }, m_auditKey, &session});
    QVERIFY(staff.sendAgain(id));
    QVERIFY(!staff.sendAgain(id)); // pending now: nothing to send again
    QVERIFY(!staff.errorText().isEmpty());
    QVERIFY(!staff.sendAgain(id + 1000));
    QCOMPARE(m_nudges, 1);
    QSqlQuery audit(m_db->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'staff_action'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);

    StaffController unwired;
    QVERIFY(!unwired.sendAgain(id));

    // Not a staff id (whatever a session says): refused before anything is touched.
    StaffController odd;
    branch::test::FakeClock sessionClock2;
    branch::StaffSession oddSession(sessionClock2);
    oddSession.begin(member(QStringLiteral("staff; DROP")));
    odd.setBackends({m_db.get(), &m_clock, nullptr, {}, m_auditKey, &oddSession});
    QVERIFY(!odd.canSendAgain());
    QVERIFY(!odd.sendAgain(id));
}

// The relay measures core's clock minus ours; staff read how far the kiosk
// is ahead (positive) or behind (negative), to the nearest minute.
void tst_StaffController::clockSkewInMinutes_data()
{
    QTest::addColumn<bool>("skewed");
    QTest::addColumn<qint64>("coreMinusKioskMs");
    QTest::addColumn<int>("aheadMinutes");
    const qint64 minute = 60000;
    QTest::newRow("within the threshold") << false << 4 * minute << 0;
    QTest::newRow("core ahead: kiosk behind") << true << 20 * minute + 1200 << -20;
    QTest::newRow("core behind: kiosk ahead") << true << -(90 * minute) - 800 << 90;
    QTest::newRow("rounded to nearest") << true << -(6 * minute + 31000) << 7;
    QTest::newRow("never zero when skewed") << true << qint64(10000) << -1;
}

void tst_StaffController::clockSkewInMinutes()
{
    QFETCH(bool, skewed);
    QFETCH(qint64, coreMinusKioskMs);
    QFETCH(int, aheadMinutes);
    branch::StaffController staff;
    QSignalSpy changed(&staff, &branch::StaffController::clockChanged);
    staff.setClockSkew(skewed, coreMinusKioskMs);
    QCOMPARE(staff.clockAheadMinutes(), aheadMinutes);
    QCOMPARE(changed.count(), aheadMinutes != 0 ? 1 : 0);
    staff.setClockSkew(skewed, coreMinusKioskMs); // the same reading again: no signal
    QCOMPARE(changed.count(), aheadMinutes != 0 ? 1 : 0);
}

// Which words go with which clock reading is C++'s, not the page's.
void tst_StaffController::clockWarningPerDirection_data()
{
    QTest::addColumn<qint64>("coreMinusKioskMs");
    QTest::addColumn<bool>("skewed");
    QTest::addColumn<QString>("warning");
    const qint64 minute = 60000;
    QTest::newRow("in step") << qint64(0) << false << QString();
    QTest::newRow("ahead") << -(3 * minute) << true
                           << QStringLiteral("This kiosk's clock is 3 minute(s) ahead of core's. Receipts carry the kiosk's time: have the clock corrected.");
    QTest::newRow("behind") << 20 * minute << true
                            << QStringLiteral("This kiosk's clock is 20 minute(s) behind core's. Receipts carry the kiosk's time: have the clock corrected.");
}

void tst_StaffController::clockWarningPerDirection()
{
    QFETCH(qint64, coreMinusKioskMs);
    QFETCH(bool, skewed);
    QFETCH(QString, warning);
    branch::StaffController staff;
    staff.setClockSkew(skewed, coreMinusKioskMs);
    QCOMPARE(staff.clockWarning(), warning);
}

// A payment core has not confirmed is named on the staff page, so staff do
// not charge the customer a second time; settled, it goes.
void tst_StaffController::unresolvedPaymentsShownToStaff()
{
    StaffController staff;
    staff.setBackends({m_db.get(), &m_clock, nullptr, {}, m_auditKey});
    QCOMPARE(staff.paymentsText(), QString());
    const QString key(32, u'c');
    branch::PaymentRepository payments(*m_db);
    branch::PaymentRow row;
    row.key = key;
    row.reference = QStringLiteral("ELEC-1");
    row.amount = branch::Money(20'325);
    row.maskedPan = QStringLiteral("6222 **** **** 0015");
    row.createdMs = row.updatedMs = 1;
    QVERIFY(!payments.recordIntent(row).isError());
    QVERIFY(!payments.move(key, branch::PaymentState::Unknown, QStringLiteral("payment_timeout"), {}, 2).isError());
    staff.refresh();
    QCOMPARE(staff.unresolvedPayments(), 1);
    QVERIFY2(staff.paymentsText().contains(u'1'), qPrintable(staff.paymentsText()));
    QVERIFY(!staff.paymentsText().contains(QStringLiteral("6222")));
    QVERIFY(!payments.move(key, branch::PaymentState::Authorised, {}, QStringLiteral("A1B2C3"), 3).isError());
    staff.refresh();
    QCOMPARE(staff.paymentsText(), QString());
}

void tst_StaffController::referenceTextNamesWhatIsHeld_data()
{
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("nothing yet") << QStringList{} << false
                                 << QStringList{QStringLiteral("Reference data: none received from core yet.")}
                                 << QStringList{QStringLiteral("version")};
    QTest::newRow("all four, in staff's order")
        << QStringList{QStringLiteral("fx-rates"), QStringLiteral("avatar-scripts"), QStringLiteral("bills"),
                       QStringLiteral("catalog")}
        << true
        << QStringList{QStringLiteral("Reference data: service catalogue version 1 · billers version 2 · avatar "
                                      "scripts version 3 · exchange rates version 4. Last checked with core: ")}
        << QStringList{QStringLiteral("not reached")};
    QTest::newRow("held, core not reached since")
        << QStringList{QStringLiteral("bills")} << false
        << QStringList{QStringLiteral("billers version 2"), QStringLiteral("not reached since start")}
        << QStringList{QStringLiteral("catalogue")};
    QTest::newRow("unknown kinds are not named") << QStringList{QStringLiteral("weather")} << true
                                                 << QStringList{QStringLiteral("none received")}
                                                 << QStringList{QStringLiteral("weather")};
}

void tst_StaffController::referenceTextNamesWhatIsHeld()
{
    QFETCH(QStringList, kinds);
    QFETCH(bool, checked);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QHash<QString, qint64> versions{{QStringLiteral("catalog"), 1}, {QStringLiteral("bills"), 2},
                                          {QStringLiteral("avatar-scripts"), 3}, {QStringLiteral("fx-rates"), 4},
                                          {QStringLiteral("weather"), 5}};
    QMap<QString, qint64> held;
    for (const QString &kind : std::as_const(kinds))
        held.insert(kind, versions.value(kind));
    branch::StaffController staff;
    QSignalSpy changed(&staff, &branch::StaffController::referenceChanged);
    staff.setReference(held, checked ? QDateTime::currentDateTimeUtc() : QDateTime());
    QCOMPARE(changed.count(), kinds.isEmpty() && !checked ? 0 : 1);
    const QString text = staff.referenceText();
    for (const QString &part : std::as_const(expected))
        QVERIFY2(text.contains(part), qPrintable(text));
    for (const QString &part : std::as_const(absent))
        QVERIFY2(!text.contains(part), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_StaffController)
#include "tst_staffcontroller.moc"
