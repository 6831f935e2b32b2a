#include "LocalBillerDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace branch;

class TestLocalBillerDirectory : public QObject
{
    Q_OBJECT

    std::unique_ptr<BillerDirectory> m_directory;

    static QByteArray builtIn()
    {
        QFile file(LocalBillerDirectory::builtInPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto local = std::make_unique<LocalBillerDirectory>();
        QString error;
        QVERIFY2(local->loadFile(LocalBillerDirectory::builtInPath(), &error), qPrintable(error));
        m_directory = std::move(local);
    }

    void everyBillerIsPresent()
    {
        QStringList services;
        for (const BillerInfo &b : m_directory->billers()) {
            services.append(b.serviceId);
            QVERIFY(!b.payeeZh.isEmpty() && !b.payeeEn.isEmpty());
            QVERIFY(!b.accountLabelZh.isEmpty() && !b.accountLabelEn.isEmpty());
        }
        for (const char *id : {"utility.electricity", "utility.water", "utility.gas", "utility.heating",
                               "utility.property_fee", "utility.tv_broadband", "utility.mobile_topup", "edu.tuition",
                               "edu.meal_fee", "traffic.fine_payment", "court.litigation_fee", "traffic.vehicle_tax"}) {
            QVERIFY2(services.contains(QLatin1String(id)), id);
        }
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("biller");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QList<qint64>>("fen");
        using L = QList<qint64>;
        const QString ok = BillReason::Ok, unknownBiller = BillReason::UnknownBiller,
                      unknownAccount = BillReason::UnknownAccount, none = BillReason::NoOutstandingBill,
                      format = BillReason::InvalidAccountFormat;
        QTest::newRow("electricity one bill") << "electricity" << "0101234567" << ok << L{18650};
        QTest::newRow("electricity two bills") << "electricity" << "0101234568" << ok << L{9320, 11005};
        QTest::newRow("electricity paid up") << "electricity" << "0101234569" << none << L{};
        QTest::newRow("electricity unknown") << "electricity" << "0109999999" << unknownAccount << L{};
        QTest::newRow("electricity full-width") << "electricity" << "０１０１２３４５６７" << ok << L{18650};
        QTest::newRow("electricity too short") << "electricity" << "010123456" << format << L{};
        QTest::newRow("electricity letters") << "electricity" << "01012345AB" << format << L{};
        QTest::newRow("water") << "water" << "20250001" << ok << L{6840};
        QTest::newRow("gas") << "gas" << "310100000001" << ok << L{15575};
        QTest::newRow("heating lower case") << "heating" << "hr20240001" << ok << L{259200};
        QTest::newRow("property") << "property" << "PM010203" << ok << L{172800};
        QTest::newRow("tv broadband") << "tv_broadband" << "KD0000012345" << ok << L{9900};
        QTest::newRow("mobile top-up has no bill") << "mobile_topup" << "13800138000" << none << L{};
        QTest::newRow("mobile top-up bad number") << "mobile_topup" << "12800138000" << format << L{};
        QTest::newRow("tuition with books") << "tuition" << "S202400102" << ok << L{120000, 35650};
        QTest::newRow("meal fee") << "meal_fee" << "S202400101" << ok << L{46200};
        QTest::newRow("meal fee unknown pupil") << "meal_fee" << "S202400102" << unknownAccount << L{};
        QTest::newRow("traffic fine 15 digits") << "traffic_fine" << "110105202500123" << ok << L{20000};
        QTest::newRow("traffic fine 16 digits") << "traffic_fine" << "1101052025004567" << ok << L{10000};
        QTest::newRow("traffic fine paid") << "traffic_fine" << "110105202500999" << none << L{};
        QTest::newRow("court fee") << "court_fee" << "(2025)京0105民初1234号" << ok << L{508000};
        QTest::newRow("court fee full-width") << "court_fee" << "（2024）京0105执567号" << ok << L{5000};
        QTest::newRow("court fee no brackets") << "court_fee" << "2025京0105民初1234号" << format << L{};
        QTest::newRow("vehicle tax") << "vehicle_tax" << "京A12345" << ok << L{42000};
        QTest::newRow("vehicle tax new energy paid") << "vehicle_tax" << "京AD12345" << none << L{};
        QTest::newRow("unknown biller") << "lottery" << "0101234567" << unknownBiller << L{};
        QTest::newRow("empty biller") << "" << "0101234567" << unknownBiller << L{};
        QTest::newRow("biller id case matters") << "Electricity" << "0101234567" << unknownBiller << L{};
        QTest::newRow("empty account") << "water" << "" << format << L{};
        QTest::newRow("injection") << "water" << "20250001' OR '1'='1" << format << L{};
        QTest::newRow("oversized") << "water" << QString(5000, u'1') << format << L{};
        QTest::newRow("control char") << "water" << QStringLiteral("2025") + QChar(7) + QStringLiteral("0001") << format << L{};
    }

    void lookup()
    {
        QFETCH(QString, biller);
        QFETCH(QString, account);
        QFETCH(QString, reason);
        QFETCH(QList<qint64>, fen);
        const BillLookupResult result = m_directory->lookup(biller, account);
        QCOMPARE(result.reason, reason);
        QCOMPARE(result.ok(), reason == QLatin1String(BillReason::Ok));
        QCOMPARE(result.message().isEmpty(), result.ok());
        QList<qint64> amounts;
        for (const Bill &b : result.bills) {
            amounts.append(b.amount.fen());
            QCOMPARE(b.amount.currency(), QStringLiteral("CNY"));
            QVERIFY(b.dueDate.isValid());
            QVERIFY(!b.billId.isEmpty() && !b.period.isEmpty() && !b.payeeZh.isEmpty() && !b.payeeEn.isEmpty());
        }
        QCOMPARE(amounts, fen);
        // Deterministic: the same question, the same answer.
        QCOMPARE(m_directory->lookup(biller, account).bills, result.bills);
    }

    void billCarriesPayeeAndDueDate()
    {
        const BillLookupResult r = m_directory->lookup(QStringLiteral("electricity"), QStringLiteral("0101234567"));
        QVERIFY(r.ok());
        QCOMPARE(r.bills.first().payeeZh, QStringLiteral("示例市供电公司"));
        QCOMPARE(r.bills.first().period, QStringLiteral("2025-02"));
        QCOMPARE(r.bills.first().dueDate, QDate(2025, 3, 25));
        // The holder's name, masked as a biller returns it.
        QCOMPARE(r.bills.first().holder, QStringLiteral("张*三"));
        QCOMPARE(r.bills.first().amount.format(QLocale(QLocale::English)), QStringLiteral("CN¥186.50"));
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("errorStart");
        QTest::newRow("not json") << "garbage" << "document:";
        QTest::newRow("wrong version") << "version" << "version:";
        QTest::newRow("missing id") << "no_id" << "billers[0].id:";
        QTest::newRow("bad pattern") << "pattern" << "billers[0].accountPattern:";
        QTest::newRow("unanchored pattern") << "unanchored" << "billers[0].accountPattern:";
        QTest::newRow("account not matching") << "account" << "billers[0].accounts.12:";
        QTest::newRow("fractional fen") << "fraction" << "billers[0].accounts.0101234567[0].amountFen:";
        QTest::newRow("negative fen") << "negative" << "billers[0].accounts.0101234567[0].amountFen:";
        QTest::newRow("bad currency") << "currency" << "billers[0].accounts.0101234567[0].currency:";
        QTest::newRow("bad due date") << "due" << "billers[0].accounts.0101234567[0].dueDate:";
        QTest::newRow("duplicate biller") << "duplicate" << "billers[1].id:";
    }

    void badFilesAreRefused()
    {
        QFETCH(QString, edit);
        QFETCH(QString, errorStart);
        QJsonObject root = QJsonDocument::fromJson(builtIn()).object();
        QJsonArray billers = root.value(QStringLiteral("billers")).toArray();
        QJsonObject first = billers.at(0).toObject();
        QJsonObject accounts = first.value(QStringLiteral("accounts")).toObject();
        QJsonArray bills = accounts.value(QStringLiteral("0101234567")).toArray();
        QJsonObject bill = bills.at(0).toObject();
        if (edit == QLatin1String("version"))
            root.insert(QStringLiteral("version"), 2);
        else if (edit == QLatin1String("no_id"))
            first.remove(QStringLiteral("id"));
        else if (edit == QLatin1String("pattern"))
            first.insert(QStringLiteral("accountPattern"), QStringLiteral("^[0-9$"));
        else if (edit == QLatin1String("unanchored"))
            first.insert(QStringLiteral("accountPattern"), QStringLiteral("[0-9]{10}"));
        else if (edit == QLatin1String("account"))
            accounts.insert(QStringLiteral("12"), QJsonArray());
        else if (edit == QLatin1String("fraction"))
            bill.insert(QStringLiteral("amountFen"), 100.5);
        else if (edit == QLatin1String("negative"))
            bill.insert(QStringLiteral("amountFen"), -100);
        else if (edit == QLatin1String("currency"))
            bill.insert(QStringLiteral("currency"), QStringLiteral("yuan"));
        else if (edit == QLatin1String("due"))
            bill.insert(QStringLiteral("dueDate"), QStringLiteral("2025-02-30"));
        bills.replace(0, bill);
        accounts.insert(QStringLiteral("0101234567"), bills);
        first.insert(QStringLiteral("accounts"), accounts);
        billers.replace(0, first);
        if (edit == QLatin1String("duplicate"))
            billers.insert(1, first);
        root.insert(QStringLiteral("billers"), billers);
        const QByteArray json = edit == QLatin1String("garbage") ? QByteArray("{\"billers\": [") : QJsonDocument(root).toJson();

        LocalBillerDirectory directory;
        QString error;
        QVERIFY(directory.load(builtIn(), &error));
        QVERIFY(!directory.load(json, &error));
        QVERIFY2(error.startsWith(errorStart), qPrintable(error));
        // Nothing half-loaded survives a refused file.
        QVERIFY(directory.billers().isEmpty());
        QCOMPARE(directory.lookup(QStringLiteral("electricity"), QStringLiteral("0101234567")).reason,
                 QString(BillReason::UnknownBiller));
    }

    void missingFileIsAnError()
    {
        LocalBillerDirectory directory;
        QString error;
        QVERIFY(!directory.loadFile(QStringLiteral(":/billing/nope.json"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalBillerDirectory)
#include "tst_local_biller_directory.moc"
