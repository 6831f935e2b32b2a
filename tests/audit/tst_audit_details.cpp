#include "AuditTestSupport.h"
#include "Money.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// The audit log's allow-list: every key has a typed kind, and no personal
// value fits any kind, whichever key or setter it is offered through.
class TestAuditDetails : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::FakeClock m_clock = test::stepClock();
    const std::shared_ptr<const AuditChainKey> m_auditKey = test::auditKey();

    QString receipt() const { return ReceiptNumber{QStringLiteral("KIOSK01"), QDate(2025, 6, 15), 1}.toString(); }

    // Both what the details say and what the log does with them.
    bool refused(const AuditDetails &details)
    {
        if (details.isValid())
            return false;
        AuditLog log(*m_db, m_clock, m_auditKey);
        const auto appended =
            log.append({QString(AuditKind::Submission), QString(AuditActor::Kiosk), receipt(), details});
        // The error names the key, never the value.
        return !appended.ok() && appended.error.reason == details.problemReason() && !appended.error.message.isEmpty()
            && appended.error.detail == details.problemKey();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(test::openDatabase(*m_db, m_dir.filePath(QStringLiteral("details.db"))));
    }

    void personalValuesFitNoKey_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("chinese name") << QStringLiteral("张三");
        QTest::newRow("compound surname") << QStringLiteral("欧阳娜娜");
        QTest::newRow("latin name") << QStringLiteral("Wang Wu");
        QTest::newRow("resident id with X") << QStringLiteral("11010519491231002X");
        QTest::newRow("resident id, 18 digits") << QStringLiteral("110105194912310021");
        QTest::newRow("resident id, lower x") << QStringLiteral("11010519491231002x");
        QTest::newRow("mobile") << QStringLiteral("13912345678");
        QTest::newRow("mobile +86") << QStringLiteral("+8613912345678");
        QTest::newRow("mobile spaced") << QStringLiteral("139 1234 5678");
        QTest::newRow("mobile dashed") << QStringLiteral("139-1234-5678");
        QTest::newRow("card, 16 digits") << QStringLiteral("4111111111111111");
        QTest::newRow("card, 19 digits") << QStringLiteral("6222021234567890128");
        QTest::newRow("card spaced") << QStringLiteral("6222 0212 3456 7890 128");
        QTest::newRow("address") << QStringLiteral("北京市朝阳区建国路88号");
    }

    void personalValuesFitNoKey()
    {
        QFETCH(QString, value);
        const QString digits = QString(value).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        // Mobile, ID and card numbers are also tried as integers.
        bool numeric = digits.size() >= 11;
        const qint64 number = digits.toLongLong(&numeric);
        numeric = numeric && digits.size() >= 11;
        // Every key of the allow-list, as text and, where it reads as one, as a number.
        for (const QString &key : AuditDetails::knownKeys()) {
            QVERIFY2(refused(AuditDetails().set(key, value)), qPrintable(key));
            QVERIFY2(refused(AuditDetails().set(key, QJsonArray{value})), qPrintable(key));
            if (numeric) {
                QVERIFY2(refused(AuditDetails().set(key, number)), qPrintable(key));
                QVERIFY2(refused(AuditDetails().set(key, double(number))), qPrintable(key));
                QVERIFY2(refused(AuditDetails().set(key, QJsonArray{number})), qPrintable(key));
            }
        }
        // Every typed setter.
        QVERIFY(refused(AuditDetails().service(value)));
        QVERIFY(refused(AuditDetails().session(value)));
        QVERIFY(refused(AuditDetails().session(QStringLiteral("visit-") + value)));
        QVERIFY(refused(AuditDetails().device(value)));
        QVERIFY(refused(AuditDetails().receipt(value)));
        QVERIFY(refused(AuditDetails().reason(value)));
        QVERIFY(refused(AuditDetails().outcome(value)));
        QVERIFY(refused(AuditDetails().action(value)));
        QVERIFY(refused(AuditDetails().rotated(value)));
        QVERIFY(refused(AuditDetails().staff(value)));
        if (numeric) {
            QVERIFY(refused(AuditDetails().outbox(number)));
            QVERIFY(refused(AuditDetails().amount(Money(number))));
            QVERIFY(refused(AuditDetails().attempts(number)));
            QVERIFY(refused(AuditDetails().rowsResealed(number)));
            QVERIFY(refused(AuditDetails().keyId(number)));
            QVERIFY(refused(AuditDetails().kekId(number)));
            QVERIFY(refused(AuditDetails().retiredKeys({1, number})));
        }
        // Nor as the actor or the subject.
        AuditLog log(*m_db, m_clock, m_auditKey);
        for (const QString &actor : {value, AuditActor::staff(value), QStringLiteral("kiosk:") + value}) {
            const auto appended = log.append({QString(AuditKind::StaffAction), actor, QStringLiteral("1"), {}});
            QCOMPARE(appended.error.reason, QStringLiteral("invalid_audit_event"));
        }
        QStringList subjects{value, QStringLiteral("outbox:") + value};
        if (numeric)
            subjects << digits << QStringLiteral("outbox:") + digits;
        for (const QString &subject : std::as_const(subjects)) {
            const auto appended = log.append({QString(AuditKind::StaffAction), QString(AuditActor::Kiosk), subject, {}});
            QCOMPARE(appended.error.reason, QStringLiteral("invalid_audit_event"));
        }
    }

    void unknownKeyIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("name") << QStringLiteral("name");
        QTest::newRow("payee_card") << QStringLiteral("payee_card");
        QTest::newRow("note") << QStringLiteral("note");
        QTest::newRow("Service, other case") << QStringLiteral("Service");
        QTest::newRow("empty") << QString();
    }

    void unknownKeyIsRefused()
    {
        QFETCH(QString, key);
        const AuditDetails details = AuditDetails().outcome(QStringLiteral("ok")).set(key, QStringLiteral("ok"));
        QCOMPARE(details.problemReason(), QString(AuditReason::UnknownDetail));
        QCOMPARE(details.problemKey(), key);
        QVERIFY(refused(details));
    }

    void valuesOfEveryKindAreKept()
    {
        const QDateTime at(QDate(2025, 6, 15), QTime(9, 30, 1, 250), Qt::UTC);
        const AuditDetails details = AuditDetails()
                                         .service(QStringLiteral("utility.electricity"))
                                         .session(QStringLiteral("123e4567-e89b-12d3-a456-426614174000"))
                                         .outbox(42)
                                         .device(QStringLiteral("KIOSK01"))
                                         .receipt(receipt())
                                         .reason(QStringLiteral("checksum_mismatch"))
                                         .outcome(QStringLiteral("rejected"))
                                         .action(QStringLiteral("outbox_retry"))
                                         .rotated(QStringLiteral("data_key"))
                                         .amount(Money(1234567, QStringLiteral("CNY")))
                                         .attempts(3)
                                         .rowsResealed(0)
                                         .keyId(2)
                                         .kekId(1)
                                         .retiredKeys({1, 3})
                                         .resumed(false)
                                         .at(at)
                                         .staff(QStringLiteral("S1024"))
                                         // A salvage after a quarantine (SalvageAudit).
                                         .set(QStringLiteral("method"), QStringLiteral("row_scan"))
                                         .set(QStringLiteral("waiting_saved"), 12)
                                         .set(QStringLiteral("waiting_lost"), 1)
                                         .set(QStringLiteral("entries_saved"), 16)
                                         .set(QStringLiteral("entries_lost"), 3)
                                         .set(QStringLiteral("keys_saved"), 2)
                                         .set(QStringLiteral("keys_lost"), 0)
                                         .set(QStringLiteral("enrolment"), true)
                                         .set(QStringLiteral("receipts_lost"), 1)
                                         .set(QStringLiteral("receipt_epoch"), 2)
                                         .set(QStringLiteral("receipt_block"), 1)
                                         // An anti-fraud warning's decision (BranchSuite.Fraud).
                                         .fraudHits({QStringLiteral("new_payee"), QStringLiteral("remark_safe_account")});
        QVERIFY2(details.isValid(), qPrintable(details.problemKey()));
        QCOMPARE(details.toJson().size(), AuditDetails::knownKeys().size());
        QCOMPARE(details.toJson().value(QStringLiteral("at")).toString(), QStringLiteral("2025-06-15T09:30:01.250Z"));
        QCOMPARE(details.toJson().value(QStringLiteral("amount_fen")).toInteger(), 1234567);
        QCOMPARE(details.toJson().value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        AuditLog log(*m_db, m_clock, m_auditKey);
        const auto appended =
            log.append({QString(AuditKind::Submission), AuditActor::staff(QStringLiteral("S1024")), receipt(), details});
        QVERIFY2(appended.ok(), qPrintable(appended.error.reason + u' ' + appended.error.detail));
        QCOMPARE(AuditDetails::fromJson(details.toJson()).toJson(), details.toJson());
    }

    void valuesThatDoNotFitTheirKind_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("receipt without check character") << "receipt" << QJsonValue(receipt().chopped(1));
        QTest::newRow("receipt in lower case") << "receipt" << QJsonValue(receipt().toLower());
        QTest::newRow("reason with upper case") << "reason" << QJsonValue(QStringLiteral("Checksum"));
        QTest::newRow("reason with a space") << "reason" << QJsonValue(QStringLiteral("bad input"));
        QTest::newRow("reason with digits") << "reason" << QJsonValue(QStringLiteral("error_13912345678"));
        QTest::newRow("reason empty") << "reason" << QJsonValue(QString());
        QTest::newRow("session, not a uuid") << "session" << QJsonValue(QStringLiteral("visit-7"));
        QTest::newRow("session, uuid in braces") << "session"
                                                 << QJsonValue(QStringLiteral("{123e4567-e89b-12d3-a456-426614174000}"));
        QTest::newRow("service with upper case") << "service" << QJsonValue(QStringLiteral("Utility"));
        QTest::newRow("device all digits") << "device" << QJsonValue(QStringLiteral("13912345678"));
        QTest::newRow("negative amount") << "amount_fen" << QJsonValue(-1);
        QTest::newRow("fractional amount") << "amount_fen" << QJsonValue(1.5);
        QTest::newRow("amount as text") << "amount_fen" << QJsonValue(QStringLiteral("100"));
        QTest::newRow("currency lower case") << "currency" << QJsonValue(QStringLiteral("cny"));
        QTest::newRow("row id zero") << "outbox" << QJsonValue(0);
        QTest::newRow("flag as text") << "resumed" << QJsonValue(QStringLiteral("true"));
        QTest::newRow("time without zone") << "at" << QJsonValue(QStringLiteral("2025-06-15T09:30:01.250"));
        QTest::newRow("time as text") << "at" << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("staff id with a space") << "staff" << QJsonValue(QStringLiteral("Wang Wu"));
        QTest::newRow("null") << "outcome" << QJsonValue();
        QTest::newRow("fraud hit, an account") << "fraud_hits" << QJsonValue(QJsonArray{QStringLiteral("6222021234567890128")});
        QTest::newRow("fraud hit, a remark") << "fraud_hits" << QJsonValue(QJsonArray{QStringLiteral("安全账户")});
        QTest::newRow("fraud hits as text") << "fraud_hits" << QJsonValue(QStringLiteral("new_payee"));
    }

    void valuesThatDoNotFitTheirKind()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const AuditDetails details = AuditDetails().set(key, value);
        QCOMPARE(details.problemReason(), QString(AuditReason::InvalidDetail));
        QCOMPARE(details.problemKey(), key);
        QVERIFY(refused(details));
    }

    // The ids the kiosk and branchctl make, whatever their digits: a UUID
    // whose last group is all digits tripped the old guess.
    void everySessionUuidFits()
    {
        const QString allDigits = QStringLiteral("00000000-0000-4000-8000-013912345678");
        const QString allLetters = QStringLiteral("abcdefab-cdef-4abc-8def-abcdefabcdef");
        for (const QString &uuid : {allDigits, allLetters, allDigits.toUpper(), allLetters.toUpper()}) {
            QVERIFY2(AuditDetails().session(uuid).isValid(), qPrintable(uuid));
            QVERIFY2(AuditDetails().session(QStringLiteral("branchctl-") + uuid).isValid(), qPrintable(uuid));
        }
        for (int i = 0; i < 20000; ++i) {
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!AuditDetails().session(uuid).isValid())
                QFAIL(qPrintable(uuid));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditDetails)
#include "tst_audit_details.moc"
