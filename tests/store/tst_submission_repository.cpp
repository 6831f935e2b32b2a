#include "Database.h"
#include "IdempotencyKeySource.h"
#include "OutboxRepository.h"
#include "PayloadCodec.h"
#include "ReceiptEpoch.h"
#include "ReceiptNumber.h"
#include "StoreTestUtil.h"
#include "SubmissionDoubles.h"
#include "SubmissionRepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace branch;

Q_DECLARE_METATYPE(branch::SubmitStep)

namespace {

SubmissionRequest sampleRequest()
{
    SubmissionRequest r;
    r.serviceId = QStringLiteral("utility.electricity");
    r.sessionId = QStringLiteral("session-1");
    r.fields = QJsonObject{{QStringLiteral("account_no"), QStringLiteral("0101234567")},
                           {QStringLiteral("holder_name"), QStringLiteral("张三")},
                           {QStringLiteral("periods"), QJsonArray{QStringLiteral("2025-02")}}};
    r.amount = Money(12345);
    r.signaturePng = QByteArray("\x89PNG\r\n\x1a\nfake", 12);
    r.signatureStrokes = QByteArrayLiteral("[[[0,0],[10,10]]]");
    return r;
}

} // namespace

class TestSubmissionRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::FakeClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(15, 30, 0), Qt::UTC)};
    PlainPayloadCodec m_plain;
    RandomKeySource m_keys;
    SubmissionSettings m_settings{QStringLiteral("BJ01K02"), QTimeZone("Asia/Shanghai")};

    qint64 rows(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(QDate(2025, 3, 14), QTime(15, 30, 0), Qt::UTC));
        m_db = std::make_unique<Database>();
        const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        // A brand-new kiosk each time: no database and no receipt epochs yet.
        QFile::remove(path);
        QFile::remove(ReceiptEpochs::historyPathFor(path));
        const OpenResult opened = m_db->open({path});
        QVERIFY2(opened.ok, qPrintable(opened.status.detail));
    }

    void cleanup() { m_db.reset(); }

    void submitStoresBothRowsAndReadsBack()
    {
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        const auto stored = repo.submit(sampleRequest());
        QVERIFY2(stored.ok(), qPrintable(stored.error.detail));
        // 15:30 UTC is 23:30 in Beijing: still the 14th there.
        QVERIFY(stored.value.receiptNumber.startsWith(QStringLiteral("BJ01K02-20250314-000001")));
        QVERIFY(ReceiptNumber::parse(stored.value.receiptNumber).has_value());
        QCOMPARE(stored.value.idempotencyKey.size(), 32);
        QCOMPARE(stored.value.createdAt, m_clock.now());

        const auto found = repo.find(stored.value.receiptNumber.toLower());
        QVERIFY(found.ok());
        QVERIFY(found.value.has_value());
        const StoredSubmission &s = *found.value;
        QCOMPARE(s.id, stored.value.submissionId);
        QCOMPARE(s.serviceId, QStringLiteral("utility.electricity"));
        QCOMPARE(s.fields, sampleRequest().fields);
        QCOMPARE(s.amount, std::optional<Money>(Money(12345)));
        QCOMPARE(s.signaturePng, sampleRequest().signaturePng);
        QCOMPARE(s.signatureStrokes, sampleRequest().signatureStrokes);
        QCOMPARE(s.createdAt, m_clock.now());
        QCOMPARE(s.status, QStringLiteral("submitted"));
        QVERIFY(s.prefillReference.isEmpty());

        OutboxRepository outbox(*m_db);
        const auto entry = outbox.findBySubmission(s.id);
        QVERIFY(entry.ok() && entry.value.has_value());
        QCOMPARE(entry.value->idempotencyKey, stored.value.idempotencyKey);
        QCOMPARE(entry.value->state, QString(OutboxState::Pending));
        QCOMPARE(entry.value->orderingKey, QStringLiteral("session-1"));
        QCOMPARE(entry.value->attempts, 0);
        QCOMPARE(entry.value->nextAttemptAt, m_clock.now());
    }

    // A supervisor's authorization travels with the request to core, as signed.
    void authorizationIsKept()
    {
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        SubmissionRequest r = sampleRequest();
        r.authorization = QJsonObject{{QStringLiteral("id"), QString(32, u'a')},
                                      {QStringLiteral("supervisorId"), QStringLiteral("S1024")},
                                      {QStringLiteral("amountFen"), 12345}};
        const auto stored = repo.submit(r);
        QVERIFY2(stored.ok(), qPrintable(stored.error.detail));
        const auto found = repo.find(stored.value.receiptNumber);
        QVERIFY(found.ok() && found.value.has_value());
        QCOMPARE(found.value->authorization, r.authorization);
        // Without one, none comes back; and the column holds JSON or nothing.
        const auto plain = repo.submit(sampleRequest());
        QVERIFY(plain.ok());
        QVERIFY(repo.find(plain.value.receiptNumber).value->authorization.isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE submissions SET authorization = 'not json'")));
    }

    // The e-Tongban prefill a submission completes travels with it to core.
    void prefillReferenceIsKept()
    {
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        SubmissionRequest r = sampleRequest();
        r.prefillReference = QStringLiteral("0123456789abcdef").repeated(2);
        const auto stored = repo.submit(r);
        QVERIFY2(stored.ok(), qPrintable(stored.error.detail));
        const auto found = repo.find(stored.value.receiptNumber);
        QVERIFY(found.ok() && found.value.has_value());
        QCOMPARE(found.value->prefillReference, r.prefillReference);
        QCOMPARE(SubmissionRepository::completesPrefill(*m_db, r.prefillReference).value, true);
        QCOMPARE(SubmissionRepository::completesPrefill(*m_db, QString(32, u'f')).value, false);
        // The table refuses anything else, whoever writes it.
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE submissions SET prefill_reference = 'ABC'")));
    }

    void numbersCountPerBusinessDay()
    {
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        QStringList numbers;
        for (int i = 0; i < 3; ++i)
            numbers.append(repo.submit(sampleRequest()).value.receiptNumber);
        m_clock.set(QDateTime(QDate(2025, 3, 14), QTime(16, 0), Qt::UTC)); // 00:00 on the 15th in Beijing
        numbers.append(repo.submit(sampleRequest()).value.receiptNumber);
        QCOMPARE(numbers.at(0).left(23), QStringLiteral("BJ01K02-20250314-000001"));
        QCOMPARE(numbers.at(2).left(23), QStringLiteral("BJ01K02-20250314-000003"));
        QCOMPARE(numbers.at(3).left(23), QStringLiteral("BJ01K02-20250315-000001"));
        QCOMPARE(rows(QStringLiteral("outbox")), 4);
    }

    void amountIsOptional()
    {
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        SubmissionRequest r = sampleRequest();
        r.amount.reset();
        r.signaturePng.clear();
        r.signatureStrokes.clear();
        const auto stored = repo.submit(r);
        QVERIFY(stored.ok());
        const auto found = repo.find(stored.value.receiptNumber);
        QVERIFY(found.value.has_value());
        QVERIFY(!found.value->amount.has_value());
        QVERIFY(found.value->signaturePng.isEmpty());
    }

    void codecSitsOnBothPaths()
    {
        test::ReversingCodec codec;
        SubmissionRepository repo(*m_db, m_clock, codec, m_keys, m_settings);
        const auto stored = repo.submit(sampleRequest());
        QVERIFY(stored.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT payload_codec, payload FROM submissions")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("test-reverse"));
        QVERIFY(!q.value(1).toByteArray().contains("account_no"));
        q.finish();
        QCOMPARE(repo.find(stored.value.receiptNumber).value->fields, sampleRequest().fields);
        // A reader with another codec refuses rather than returning garbage.
        SubmissionRepository plainReader(*m_db, m_clock, m_plain, m_keys, m_settings);
        QCOMPARE(plainReader.find(stored.value.receiptNumber).error.reason, QString(StoreReason::PayloadCodecFailed));
    }

    void findUnknownOrMalformed()
    {
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        QVERIFY(repo.submit(sampleRequest()).ok());
        for (const QString &text : {QString(), QStringLiteral("BJ01K02-20250314-000002X"),
                                    QStringLiteral("' OR 1=1 --")}) {
            const auto found = repo.find(text);
            QVERIFY(found.ok());
            QVERIFY(!found.value.has_value());
        }
    }

    void invalidRequestsStoreNothing_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow("empty service") << "service";
        QTest::newRow("service with quote") << "service_quote";
        QTest::newRow("blank session") << "session";
        QTest::newRow("session longer than core takes") << "long_session";
        QTest::newRow("ordering key longer than core takes") << "long_ordering";
        QTest::newRow("negative amount") << "amount";
        QTest::newRow("bad currency") << "currency";
        QTest::newRow("huge signature") << "signature";
        QTest::newRow("huge fields") << "fields";
        QTest::newRow("bad kiosk code") << "kiosk";
        QTest::newRow("prefill reference not 32 hex") << "prefill";
    }

    void invalidRequestsStoreNothing()
    {
        QFETCH(QString, part);
        SubmissionRequest r = sampleRequest();
        SubmissionSettings settings = m_settings;
        if (part == QLatin1String("service"))
            r.serviceId.clear();
        else if (part == QLatin1String("service_quote"))
            r.serviceId = QStringLiteral("utility.water'; DROP TABLE outbox; --");
        else if (part == QLatin1String("session"))
            r.sessionId = QStringLiteral("   ");
        else if (part == QLatin1String("long_session"))
            r.sessionId = QString(SubmissionRepository::MaxOrderingKeyLength + 1, u's');
        else if (part == QLatin1String("long_ordering"))
            r.orderingKey = QString(65, u'o'); // the contract's maxLength, plus one
        else if (part == QLatin1String("amount"))
            r.amount = Money(-1);
        else if (part == QLatin1String("currency"))
            r.amount = Money(100, QStringLiteral("RMB1"));
        else if (part == QLatin1String("signature"))
            r.signaturePng = QByteArray(SubmissionRepository::MaxSignatureBytes + 1, 'x');
        else if (part == QLatin1String("fields"))
            r.fields.insert(QStringLiteral("note"), QString(SubmissionRepository::MaxFieldsBytes, u'x'));
        else if (part == QLatin1String("kiosk"))
            settings.kioskCode = QStringLiteral("bj-01");
        else if (part == QLatin1String("prefill"))
            r.prefillReference = QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, settings);
        const auto stored = repo.submit(r);
        QCOMPARE(stored.error.reason, QString(StoreReason::InvalidSubmission));
        QVERIFY(!stored.error.message.isEmpty());
        QVERIFY(stored.value.receiptNumber.isEmpty());
        QCOMPARE(rows(QStringLiteral("submissions")), 0);
        QCOMPARE(rows(QStringLiteral("outbox")), 0);
        QCOMPARE(rows(QStringLiteral("receipt_sequence")), 0);
    }

    // A failure at each point inside submit leaves nothing, and the number it
    // had taken is handed out again by the next successful submit.
    void faultAtEachStepLeavesNothing_data()
    {
        QTest::addColumn<SubmitStep>("step");
        QTest::newRow("number allocated") << SubmitStep::NumberAllocated;
        QTest::newRow("payload encoded") << SubmitStep::PayloadEncoded;
        QTest::newRow("submission inserted") << SubmitStep::SubmissionInserted;
        QTest::newRow("outbox inserted") << SubmitStep::OutboxInserted;
        QTest::newRow("before commit") << SubmitStep::BeforeCommit;
    }

    void faultAtEachStepLeavesNothing()
    {
        QFETCH(SubmitStep, step);
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        QVERIFY(repo.submit(sampleRequest()).ok()); // something committed before stays
        test::FailAtStep hook(step);
        repo.setFaultHook(&hook);
        const auto failed = repo.submit(sampleRequest());
        QVERIFY(!failed.ok());
        QVERIFY(hook.reached.contains(step));
        QCOMPARE(rows(QStringLiteral("submissions")), 1);
        QCOMPARE(rows(QStringLiteral("outbox")), 1);

        repo.setFaultHook(nullptr);
        const auto next = repo.submit(sampleRequest());
        QVERIFY(next.ok());
        QCOMPARE(ReceiptNumber::parse(next.value.receiptNumber)->sequence, 2);
        QCOMPARE(rows(QStringLiteral("submissions")), 2);
        QCOMPARE(rows(QStringLiteral("outbox")), 2);
    }

    void hookSeesEveryStepInOrder()
    {
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        test::FailAtStep never(static_cast<SubmitStep>(99));
        repo.setFaultHook(&never);
        QVERIFY(repo.submit(sampleRequest()).ok());
        QCOMPARE(never.reached, (QList<SubmitStep>{SubmitStep::NumberAllocated, SubmitStep::PayloadEncoded,
                                                   SubmitStep::SubmissionInserted, SubmitStep::OutboxInserted,
                                                   SubmitStep::BeforeCommit}));
    }

    void codecFailureAtEachPayloadLeavesNothing_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::newRow("fields") << 0;
        QTest::newRow("signature image") << 1;
        QTest::newRow("signature strokes") << 2;
    }

    void codecFailureAtEachPayloadLeavesNothing()
    {
        QFETCH(int, failAt);
        test::FailingCodec codec(failAt);
        SubmissionRepository repo(*m_db, m_clock, codec, m_keys, m_settings);
        const auto failed = repo.submit(sampleRequest());
        QCOMPARE(failed.error.reason, QString(StoreReason::PayloadCodecFailed));
        QCOMPARE(rows(QStringLiteral("submissions")), 0);
        QCOMPARE(rows(QStringLiteral("outbox")), 0);
        QCOMPARE(rows(QStringLiteral("receipt_sequence")), 0);
    }

    // A real SQLite failure on the last insert: the repeated key violates
    // UNIQUE, and the submission written just before is rolled back with it.
    void duplicateKeyRollsBackTheSubmission()
    {
        test::RepeatingKeySource keys;
        SubmissionRepository repo(*m_db, m_clock, m_plain, keys, m_settings);
        QVERIFY(repo.submit(sampleRequest()).ok());
        const auto failed = repo.submit(sampleRequest());
        QCOMPARE(failed.error.reason, QString(StoreReason::QueryFailed));
        QVERIFY(!failed.error.detail.contains(QStringLiteral("张三")));
        QCOMPARE(rows(QStringLiteral("submissions")), 1);
        QCOMPARE(rows(QStringLiteral("outbox")), 1);
    }

    // An epoch's block holds 99,999 numbers a day (ReceiptEpoch).
    void sequenceExhaustedIsAReason()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO receipt_sequence (kiosk_code, day, last_value, epoch) "
                                      "SELECT 'BJ01K02', '20250314', block * 100000 + 99999, epoch FROM receipt_epoch")));
        QCOMPARE(q.numRowsAffected(), 1);
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        QCOMPARE(repo.submit(sampleRequest()).error.reason, QString(StoreReason::ReceiptNumbersExhausted));
        QCOMPARE(rows(QStringLiteral("submissions")), 0);
    }

    // A day's counter another epoch wrote (salvaged from a quarantined file)
    // is not continued: the day starts again in this epoch's block.
    void anotherEpochsCounterIsNotContinued()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE receipt_epoch SET epoch = 7, block = 3")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO receipt_sequence (kiosk_code, day, last_value, epoch) "
                                      "VALUES ('BJ01K02', '20250314', 15, 6)")));
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        QCOMPARE(repo.submit(sampleRequest()).value.receiptNumber.left(23), QStringLiteral("BJ01K02-20250314-300001"));
        QCOMPARE(repo.submit(sampleRequest()).value.receiptNumber.left(23), QStringLiteral("BJ01K02-20250314-300002"));
    }

    void schemaGuardsTheOutbox()
    {
        SubmissionRepository repo(*m_db, m_clock, m_plain, m_keys, m_settings);
        const auto stored = repo.submit(sampleRequest());
        QVERIFY(stored.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET idempotency_key = '%1'").arg(QString(32, u'f'))));
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'resent'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM submissions")));
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'acknowledged'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'pending'")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox (submission_id, idempotency_key, ordering_key, "
                                       "next_attempt_at, created_at) VALUES (%1, '%2', 'k', 'x', 'x')")
                            .arg(stored.value.submissionId)
                            .arg(QString(32, u'e'))));
    }

    void debugOutputHasNoValues()
    {
        QString text;
        QDebug(&text) << sampleRequest();
        QVERIFY(text.contains(QStringLiteral("account_no")));
        QVERIFY(!text.contains(QStringLiteral("0101234567")));
        QVERIFY(!text.contains(QStringLiteral("张三")));
    }

    void randomKeysAreDistinctHex()
    {
        RandomKeySource keys;
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString key = keys.next();
            QCOMPARE(key.size(), 32);
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(key).hasMatch());
            seen.insert(key);
        }
        QCOMPARE(seen.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionRepository)
#include "tst_submission_repository.moc"
