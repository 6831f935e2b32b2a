#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "IdempotencyKeySource.h"
#include "OutboxRepository.h"
#include "PayloadCodec.h"
#include "StaffController.h"
#include "SubmissionRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using branch::OutboxRepository;
using branch::StaffController;

// The staff page's rules: what a refused entry shows, and "Send again".
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

private:
    qint64 submitAndRefuse(const QString &payee);

    QTemporaryDir m_dir;
    branch::SystemClock m_clock;
    std::unique_ptr<branch::Database> m_db;
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
    m_audit = std::make_unique<branch::AuditLog>(*m_db, m_clock);
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
    staff.setBackends({m_db.get(), m_audit.get(), &m_clock, nullptr, {}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(staff.rejected().size(), 1);
    const QVariantMap row = staff.rejected().constFirst().toMap();
    QCOMPARE(row.value(QStringLiteral("entryId")).toLongLong(), id);
    QCOMPARE(row.value(QStringLiteral("service")).toString(), QStringLiteral("bank.transfer")); // no catalog: the id
    QCOMPARE(row.value(QStringLiteral("reason")).toString(), QStringLiteral("Core does not offer this service."));
    QCOMPARE(row.value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(row.value(QStringLiteral("receipt")).toString().startsWith(u'*'));
    for (const QVariant &value : row)
        QVERIFY2(!value.toString().contains(QStringLiteral("Wang")), qPrintable(value.toString()));
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
    staff.setBackends({m_db.get(), m_audit.get(), &m_clock, nullptr, [this] { ++m_nudges; }});
    QVERIFY(staff.sendAgain(id));
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
    QCOMPARE(audit.value(1).toString(), QStringLiteral("staff"));
    QCOMPARE(audit.value(2).toString(), QString::number(id));
}

void tst_StaffController::sendAgainRefusesAnEntryNotRefused()
{
    const qint64 id = submitAndRefuse(QStringLiteral("Zhao Liu"));
    QVERIFY(id > 0);
    StaffController staff;
    staff.setBackends({m_db.get(), m_audit.get(), &m_clock, nullptr, [this] { ++m_nudges; }});
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

QTEST_GUILESS_MAIN(tst_StaffController)
#include "tst_staffcontroller.moc"
