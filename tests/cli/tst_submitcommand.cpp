#include "InProcess.h"

#include "Database.h"
#include "IdempotencyKeySource.h"
#include "PayloadCodec.h"
#include "ReceiptNumber.h"
#include "SubmissionRepository.h"

#include "SealingSetup.h"

#include <QTemporaryDir>
#include <QTest>

// branchctl submit, in-process, against a real database file.
class TestSubmitCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void storesAValidForm();
    void storesTheFixedFee();
    void refusesInvalidDataWithoutWriting();
    void warningsNeedAcceptance();
    void usageErrors_data();
    void usageErrors();
    void storeFailureIsExit3();

private:
    struct Stored
    {
        qint64 count = -1;
        std::optional<branch::StoredSubmission> submission;
    };
    Stored read(const QString &receipt = {}) const;
    inprocess::Run submit(const QString &service, const QJsonObject &data, QStringList extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestSubmitCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(QStringLiteral("nested/kiosk.sqlite"));
}

inprocess::Run TestSubmitCommand::submit(const QString &service, const QJsonObject &data, QStringList extra)
{
    const QString path = inprocess::writeFile(QDir(m_dir->path()), QStringLiteral("data.json"), inprocess::json(data));
    return inprocess::branchctl(QStringList{QStringLiteral("submit"), service, QStringLiteral("--data"), path,
                                            QStringLiteral("--database"), m_database,
                                            QStringLiteral("--dev-insecure-secrets"),
                                            m_dir->filePath(QStringLiteral("secrets"))}
                                + extra);
}

TestSubmitCommand::Stored TestSubmitCommand::read(const QString &receipt) const
{
    Stored stored;
    if (!QFile::exists(m_database))
        return stored;
    branch::Database db;
    branch::OpenOptions options;
    options.path = m_database;
    if (!db.open(options).ok)
        return stored;
    const branch::test::FakeClock clock(QDateTime(inprocess::today(), QTime(10, 30)));
    // Rows are sealed; only the keys submit made can open them.
    branch::SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = m_dir->filePath(QStringLiteral("secrets"));
    const auto sealing = branch::openSealing(db, secretOptions);
    if (!sealing.ok())
        return stored;
    branch::RandomKeySource keys;
    branch::SubmissionSettings settings;
    settings.kioskCode = QStringLiteral("READER");
    branch::SubmissionRepository repository(db, clock, *sealing.value->codec, keys, settings);
    stored.count = repository.count().value;
    if (!receipt.isEmpty())
        stored.submission = repository.find(receipt).value;
    return stored;
}

void TestSubmitCommand::storesAValidForm()
{
    const inprocess::Run run = submit(QStringLiteral("bank.transfer"), inprocess::transfer(), {QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("service")).toString(), QStringLiteral("bank.transfer"));
    const QString receipt = result.value(QStringLiteral("receipt")).toString();
    const auto number = branch::ReceiptNumber::parse(receipt);
    QVERIFY2(number, qPrintable(receipt));
    QCOMPARE(number->kioskCode, QStringLiteral("KIOSK01"));
    QCOMPARE(number->day, inprocess::today());

    const Stored stored = read(receipt);
    QCOMPARE(stored.count, 1);
    QVERIFY(stored.submission);
    QCOMPARE(stored.submission->serviceId, QStringLiteral("bank.transfer"));
    QCOMPARE(stored.submission->fields, inprocess::transfer());
    QVERIFY(stored.submission->amount);
    QCOMPARE(stored.submission->amount->fen(), 12345);
    QCOMPARE(stored.submission->amount->currency(), QStringLiteral("CNY"));

    // A second run is a second visit with the next number.
    const inprocess::Run again = submit(QStringLiteral("bank.transfer"), inprocess::transfer(),
                                        {QStringLiteral("--kiosk-code"), QStringLiteral("BJ0105K02")});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QStringLiteral("BJ0105K02-20250615-000001")));
    QCOMPARE(read().count, 2);
}

void TestSubmitCommand::storesTheFixedFee()
{
    const QJsonObject data{{QStringLiteral("name"), QStringLiteral("张三")},
                           {QStringLiteral("resident_id"), QStringLiteral("11010519491231002X")},
                           {QStringLiteral("loss_type"), QStringLiteral("temporary")},
                           {QStringLiteral("mobile"), QStringLiteral("13800138000")}};
    const inprocess::Run run = submit(QStringLiteral("sscard.loss_report"), data, {QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QString receipt = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("receipt")).toString();
    const Stored stored = read(receipt);
    QVERIFY(stored.submission && stored.submission->amount);
    QCOMPARE(stored.submission->amount->fen(), 1000);
}

void TestSubmitCommand::refusesInvalidDataWithoutWriting()
{
    QJsonObject data = inprocess::transfer();
    data.insert(QStringLiteral("amount"), QStringLiteral("123.45"));
    const inprocess::Run run = submit(QStringLiteral("bank.transfer"), data, {QStringLiteral("--json")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.contains(QStringLiteral("\"reason\":\"not_integer_fen\"")));
    QVERIFY(!QFile::exists(m_database)); // refused before the store was even opened

    // With a database already there, still no row.
    QCOMPARE(submit(QStringLiteral("bank.transfer"), inprocess::transfer()).code, 0);
    QCOMPARE(submit(QStringLiteral("bank.transfer"), data).code, 1);
    QCOMPARE(read().count, 1);
}

void TestSubmitCommand::warningsNeedAcceptance()
{
    QJsonObject data = inprocess::transfer();
    data.insert(QStringLiteral("payee_card"), QStringLiteral("6222021234567890127"));
    data.insert(QStringLiteral("payee_card_confirm"), QStringLiteral("6222021234567890127"));
    const inprocess::Run refused = submit(QStringLiteral("bank.transfer"), data);
    QCOMPARE(refused.code, 4);
    QVERIFY(refused.out.contains(QStringLiteral("(luhn_mismatch)")));
    QVERIFY(!QFile::exists(m_database));
    const inprocess::Run accepted = submit(QStringLiteral("bank.transfer"), data, {QStringLiteral("--accept-warnings")});
    QCOMPARE(accepted.code, 0);
    QCOMPARE(read().count, 1);
}

void TestSubmitCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown service") << QStringList() << QStringLiteral("bank.nope") << QStringLiteral("unknown_service");
    QTest::newRow("bad kiosk code") << QStringList{QStringLiteral("--kiosk-code"), QStringLiteral("kiosk-1")}
                                    << QStringLiteral("bank.transfer") << QStringLiteral("invalid_kiosk_code");
    QTest::newRow("two services") << QStringList{QStringLiteral("bank.card_loss")} << QStringLiteral("bank.transfer")
                                  << QStringLiteral("too_many_arguments");
}

void TestSubmitCommand::usageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, service);
    QFETCH(QString, reason);
    const inprocess::Run run = submit(service, inprocess::transfer(), extra);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.endsWith(QStringLiteral("(") + reason + QStringLiteral(")\n")), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_database));
}

void TestSubmitCommand::storeFailureIsExit3()
{
    // A directory where the database file should be: the store cannot open it.
    QVERIFY(QDir().mkpath(m_database));
    const inprocess::Run run = submit(QStringLiteral("bank.transfer"), inprocess::transfer());
    QCOMPARE(run.code, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestSubmitCommand)
#include "tst_submitcommand.moc"
