// The batch request parser: envelope failures (400/413 with a reason) and
// per-transaction field reasons, plus the strict JSON checks behind them.
#include "BatchParser.h"
#include "CoreTestData.h"
#include "StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace branch;

namespace {

QByteArray batchOf(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("transactions"), items}}).toJson(QJsonDocument::Compact);
}

QByteArray withField(const QString &field, const QJsonValue &value)
{
    QJsonObject o = coretest::txObject(QStringLiteral("0123456789abcdef0123456789abcdef"), 1);
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    return batchOf({o});
}

} // namespace

class TestBatchParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QJsonObject good = coretest::txObject(QStringLiteral("0123456789abcdef0123456789abcdef"), 1);
        QTest::newRow("valid") << batchOf({good}) << 200 << QString();
        QTest::newRow("empty body") << QByteArray() << 400 << "json_syntax";
        QTest::newRow("truncated") << QByteArray("{\"transactions\":[") << 400 << "json_syntax";
        QTest::newRow("trailing garbage") << QByteArray("{\"transactions\":[]} x") << 400 << "json_syntax";
        QTest::newRow("bad utf8") << QByteArray("{\"transactions\":[\"\xff\"]}") << 400 << "invalid_utf8";
        QTest::newRow("duplicate member") << QByteArray("{\"transactions\":[],\"transactions\":[]}") << 400
                                          << "json_duplicate_key";
        QTest::newRow("duplicate escaped") << QByteArray("{\"a\":1,\"\\u0061\":2,\"transactions\":[]}") << 400
                                           << "json_duplicate_key";
        QTest::newRow("same name other objects") << QByteArray("{\"x\":{\"a\":1},\"y\":{\"a\":1},\"transactions\":[]}")
                                                 << 400 << "batch_empty";
        QTest::newRow("too deep") << QByteArray("{\"transactions\":") + QByteArray(40, '[') + QByteArray(40, ']') + "}"
                                  << 400 << "json_too_deep";
        QTest::newRow("array top") << QByteArray("[]") << 400 << "not_an_object";
        QTest::newRow("no transactions") << QByteArray("{}") << 400 << "transactions_missing";
        QTest::newRow("transactions object") << QByteArray("{\"transactions\":{}}") << 400 << "transactions_not_array";
        QTest::newRow("empty batch") << batchOf({}) << 400 << "batch_empty";
        QTest::newRow("item not object") << batchOf({1}) << 400 << "transaction_not_object";
        QTest::newRow("key missing") << withField(QStringLiteral("key"), QJsonValue::Undefined) << 400 << "key_missing";
        QTest::newRow("key upper") << withField(QStringLiteral("key"), QStringLiteral("0123456789ABCDEF0123456789ABCDEF"))
                                   << 400 << "key_invalid";
        QTest::newRow("key short") << withField(QStringLiteral("key"), QStringLiteral("abc")) << 400 << "key_invalid";
        QTest::newRow("key number") << withField(QStringLiteral("key"), 12) << 400 << "key_missing";

        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(coretest::txObject(coretest::randomKey(), i));
        QTest::newRow("501 items") << batchOf(many) << 413 << "batch_too_large";
        QTest::newRow("over 4 MiB") << QByteArray(4 * 1024 * 1024 + 1, ' ') << 413 << "body_too_large";
    }
    void envelope()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, reason);
        const BatchParse parsed = parseBatch(body);
        QCOMPARE(parsed.httpStatus, status);
        QCOMPARE(parsed.reason, reason);
        QCOMPARE(parsed.transactions.isEmpty(), status != 200);
    }

    void fields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("fieldReason");
        QJsonObject fen1{{QStringLiteral("fen"), 1}, {QStringLiteral("currency"), QStringLiteral("CNY")}};
        QTest::newRow("valid") << withField(QStringLiteral("sequence"), 5) << QString();
        QTest::newRow("null amount") << withField(QStringLiteral("amount"), QJsonValue::Null) << QString();
        QTest::newRow("zero fen") << withField(QStringLiteral("amount"), QJsonObject{{QStringLiteral("fen"), 0}, {QStringLiteral("currency"), QStringLiteral("CNY")}}) << QString();
        QTest::newRow("fractional fen") << withField(QStringLiteral("amount"), QJsonObject{{QStringLiteral("fen"), 1.5}, {QStringLiteral("currency"), QStringLiteral("CNY")}}) << "amount_invalid";
        QTest::newRow("negative fen") << withField(QStringLiteral("amount"), QJsonObject{{QStringLiteral("fen"), -1}, {QStringLiteral("currency"), QStringLiteral("CNY")}}) << "amount_invalid";
        QTest::newRow("fen as text") << withField(QStringLiteral("amount"), QJsonObject{{QStringLiteral("fen"), QStringLiteral("1")}, {QStringLiteral("currency"), QStringLiteral("CNY")}}) << "amount_invalid";
        QTest::newRow("usd") << withField(QStringLiteral("amount"), QJsonObject{{QStringLiteral("fen"), 1}, {QStringLiteral("currency"), QStringLiteral("USD")}}) << "amount_invalid";
        fen1.insert(QStringLiteral("yuan"), 0);
        QTest::newRow("extra amount member") << withField(QStringLiteral("amount"), fen1) << "amount_invalid";
        QTest::newRow("amount missing") << withField(QStringLiteral("amount"), QJsonValue::Undefined) << "amount_invalid";
        QTest::newRow("amount yuan text") << withField(QStringLiteral("amount"), QStringLiteral("12.34")) << "amount_invalid";
        QTest::newRow("sequence float") << withField(QStringLiteral("sequence"), 1.5) << "sequence_invalid";
        QTest::newRow("sequence text") << withField(QStringLiteral("sequence"), QStringLiteral("1")) << "sequence_invalid";
        QTest::newRow("ordering key long") << withField(QStringLiteral("orderingKey"), QString(65, u'x')) << "ordering_key_invalid";
        QTest::newRow("service missing") << withField(QStringLiteral("serviceId"), QJsonValue::Undefined) << "service_id_invalid";
        QTest::newRow("receipt empty") << withField(QStringLiteral("receiptNo"), QString()) << "receipt_no_invalid";
        QTest::newRow("local time") << withField(QStringLiteral("createdAt"), QStringLiteral("2025-03-01T08:00:00.000+08:00")) << "created_at_invalid";
        QTest::newRow("not a time") << withField(QStringLiteral("createdAt"), QStringLiteral("yesterday")) << "created_at_invalid";
        QTest::newRow("payload array") << withField(QStringLiteral("payload"), QJsonArray()) << "payload_invalid";

        // Qt reads these as the integer 100; the text says otherwise.
        const QByteArray body = withField(QStringLiteral("sequence"), 7);
        QVERIFY(body.contains("\"fen\":1234") && body.contains("\"sequence\":7"));
        QTest::newRow("fen 100.0") << QByteArray(body).replace("\"fen\":1234", "\"fen\":100.0") << "amount_invalid";
        QTest::newRow("fen 1e2") << QByteArray(body).replace("\"fen\":1234", "\"fen\":1e2") << "amount_invalid";
        QTest::newRow("fen 1E2") << QByteArray(body).replace("\"fen\":1234", "\"fen\":1E2") << "amount_invalid";
        QTest::newRow("sequence 7.0") << QByteArray(body).replace("\"sequence\":7", "\"sequence\":7.0") << "sequence_invalid";
        QTest::newRow("escaped fen key") << QByteArray(body).replace("\"fen\":1234", "\"f\\u0065n\":100.0") << "amount_invalid";
        QTest::newRow("payload 1.5 is fine") << withField(QStringLiteral("payload"), QJsonObject{{QStringLiteral("fen"), 1.5}})
                                             << QString();
        const auto fen = [](qint64 v) {
            return QJsonObject{{QStringLiteral("fen"), v}, {QStringLiteral("currency"), QStringLiteral("CNY")}};
        };
        QTest::newRow("fen at bound") << withField(QStringLiteral("amount"), fen(MaxAmountFen)) << QString();
        QTest::newRow("fen over bound") << withField(QStringLiteral("amount"), fen(MaxAmountFen + 1)) << "amount_invalid";
        QTest::newRow("fen INT64_MAX") << withField(QStringLiteral("amount"), fen(std::numeric_limits<qint64>::max()))
                                       << "amount_invalid";
        QTest::newRow("sequence 0") << withField(QStringLiteral("sequence"), 0) << QString();
        QTest::newRow("sequence negative") << withField(QStringLiteral("sequence"), -1) << "sequence_invalid";
        QTest::newRow("sequence at bound") << withField(QStringLiteral("sequence"), MaxSequence) << QString();
        QTest::newRow("sequence over bound") << withField(QStringLiteral("sequence"), MaxSequence + 1) << "sequence_invalid";
        QTest::newRow("CR LF in receipt") << withField(QStringLiteral("receiptNo"), QStringLiteral("K001-1\r\nX"))
                                          << "control_character";
        QTest::newRow("tab in ordering key") << withField(QStringLiteral("orderingKey"), QStringLiteral("a\tb"))
                                             << "control_character";
        QTest::newRow("DEL in payload") << withField(QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), QStringLiteral("a\x7f")}})
                                        << "control_character";
        QTest::newRow("C1 in payload key") << withField(QStringLiteral("payload"), QJsonObject{{QString(QChar(0x85)), 1}})
                                           << "control_character";
        QTest::newRow("NUL in nested array") << withField(QStringLiteral("payload"), QJsonObject{{QStringLiteral("l"), QJsonArray{QString(QChar(0))}}})
                                             << "control_character";
        QTest::newRow("Chinese is fine") << withField(QStringLiteral("payload"), QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")}})
                                         << QString();
    }
    void fields()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, fieldReason);
        const BatchParse parsed = parseBatch(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.reason));
        QCOMPARE(parsed.transactions.size(), 1);
        QCOMPARE(parsed.transactions.at(0).fieldReason, fieldReason);
    }

    // The hash is of the canonical form: member order and spacing do not
    // matter, any value change does.
    void canonicalHash()
    {
        const QByteArray a = "{\"transactions\":[{\"key\":\"0123456789abcdef0123456789abcdef\",\"sequence\":1,\"payload\":{\"b\":1,\"a\":2}}]}";
        const QByteArray b = "{ \"transactions\" : [ { \"payload\" : {\"a\":2, \"b\":1}, \"sequence\" : 1, \"key\" : \"0123456789abcdef0123456789abcdef\" } ] }";
        const QByteArray c = "{\"transactions\":[{\"key\":\"0123456789abcdef0123456789abcdef\",\"sequence\":2,\"payload\":{\"b\":1,\"a\":2}}]}";
        const QByteArray ha = parseBatch(a).transactions.value(0).bodySha256;
        QCOMPARE(ha.size(), 64);
        QCOMPARE(parseBatch(b).transactions.value(0).bodySha256, ha);
        QVERIFY(parseBatch(c).transactions.value(0).bodySha256 != ha);
    }
};

QTEST_GUILESS_MAIN(TestBatchParser)
#include "tst_batchparser.moc"
