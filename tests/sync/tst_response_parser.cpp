#include "ResponseParser.h"

#include <QTest>

using namespace branch;

namespace {

const QString kA = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kB = QStringLiteral("fedcba9876543210fedcba9876543210");

QByteArray applied(const QString &key)
{
    return "{\"key\":\"" + key.toLatin1()
        + "\",\"outcome\":\"applied\",\"replayed\":false,\"coreRef\":\"C1\",\"appliedAt\":\"2026-03-14T09:00:00.000Z\"}";
}

// A signed anchor as core answers it, with `field` replaced by `value` (raw JSON).
QByteArray anchorBody(const QByteArray &field = {}, const QByteArray &value = {})
{
    QList<QPair<QByteArray, QByteArray>> fields{
        {"deviceId", "\"K001\""},
        {"sequence", "42"},
        {"head", '"' + QByteArray(64, 'a') + '"'},
        {"anchoredAt", "\"2026-03-14T09:00:00.000Z\""},
        {"publicKey", '"' + QByteArray(64, 'b') + '"'},
        {"signature", '"' + QByteArray(128, 'c') + '"'},
        {"replayed", "false"},
        {"flag", "null"},
        {"serverTime", "\"2026-03-14T09:00:01.000Z\""}};
    QByteArray out = "{";
    for (auto &[name, raw] : fields) {
        if (name == field) {
            if (value.isNull())
                continue;
            raw = value;
        }
        out += (out.size() > 1 ? "," : "") + ('"' + name + "\":" + raw);
    }
    return out + '}';
}

QByteArray batch(const QByteArray &results)
{
    return "{\"serverTime\":\"2026-03-14T09:00:01.000Z\",\"results\":[" + results + "]}";
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodBatch()
    {
        const QByteArray rejected =
            "{\"key\":\"" + kB.toLatin1()
            + "\",\"outcome\":\"rejected\",\"replayed\":true,\"reason\":\"unknown_service\",\"message\":\"No such service\"}";
        const BatchReply reply = ResponseParser().parseBatch(batch(applied(kA) + ',' + rejected), {kA, kB});
        QVERIFY2(reply.ok(), qPrintable(reply.reason + u' ' + reply.detail));
        QCOMPARE(reply.results.size(), 2);
        QCOMPARE(reply.results.at(0).outcome, QStringLiteral("applied"));
        QCOMPARE(reply.results.at(0).coreRef, QStringLiteral("C1"));
        QCOMPARE(reply.results.at(0).appliedAt, QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC));
        QCOMPARE(reply.results.at(1).reason, QStringLiteral("unknown_service"));
        QVERIFY(reply.results.at(1).replayed);
        QCOMPARE(reply.serverTime, QDateTime(QDate(2026, 3, 14), QTime(9, 0, 1), Qt::UTC));
    }

    void badBatch_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QByteArray good = batch(applied(kA) + ',' + applied(kB));
        QTest::newRow("empty") << QByteArray() << QString(ResponseReason::Truncated);
        QTest::newRow("truncated") << good.left(good.size() - 7) << QString(ResponseReason::Truncated);
        QTest::newRow("cut in a string") << good.left(40) << QString(ResponseReason::Truncated);
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << QString(ResponseReason::Malformed);
        QTest::newRow("array at top") << QByteArray("[1,2]") << QString(ResponseReason::Malformed);
        QTest::newRow("trailing garbage") << good + "xyz" << QString(ResponseReason::Malformed);
        QTest::newRow("no serverTime") << QByteArray("{\"results\":[]}") << QString(ResponseReason::ServerTime);
        QTest::newRow("local serverTime")
            << QByteArray("{\"serverTime\":\"2026-03-14T09:00:01\",\"results\":[]}") << QString(ResponseReason::ServerTime);
        QTest::newRow("results not array")
            << QByteArray("{\"serverTime\":\"2026-03-14T09:00:01Z\",\"results\":{}}") << QString(ResponseReason::Malformed);
        QTest::newRow("too few") << batch(applied(kA)) << QString(ResponseReason::CountMismatch);
        QTest::newRow("too many") << batch(applied(kA) + ',' + applied(kB) + ',' + applied(kB))
                                  << QString(ResponseReason::CountMismatch);
        QTest::newRow("wrong order") << batch(applied(kB) + ',' + applied(kA)) << QString(ResponseReason::KeyMismatch);
        QTest::newRow("unknown key") << batch(applied(kA) + ',' + applied(QStringLiteral("a").repeated(32)))
                                     << QString(ResponseReason::KeyMismatch);
        QTest::newRow("upper-case key") << batch(applied(kA) + ',' + applied(kB.toUpper()))
                                        << QString(ResponseReason::InvalidResult);
        QTest::newRow("result not object") << batch(applied(kA) + ",42") << QString(ResponseReason::InvalidResult);
        QByteArray noRef = applied(kB);
        noRef.replace("\"coreRef\":\"C1\",", "");
        QTest::newRow("applied without coreRef") << batch(applied(kA) + ',' + noRef)
                                                 << QString(ResponseReason::InvalidResult);
        QByteArray badTime = applied(kB);
        badTime.replace("2026-03-14T09:00:00.000Z", "yesterday");
        QTest::newRow("bad appliedAt") << batch(applied(kA) + ',' + badTime) << QString(ResponseReason::InvalidResult);
        QByteArray strOutcome = applied(kB);
        strOutcome.replace("\"applied\"", "\"maybe\"");
        QTest::newRow("unknown outcome") << batch(applied(kA) + ',' + strOutcome)
                                         << QString(ResponseReason::InvalidResult);
        QByteArray replayed = applied(kB);
        replayed.replace("\"replayed\":false", "\"replayed\":\"no\"");
        QTest::newRow("replayed not bool") << batch(applied(kA) + ',' + replayed)
                                           << QString(ResponseReason::InvalidResult);
        const QByteArray noReason = "{\"key\":\"" + kB.toLatin1() + "\",\"outcome\":\"rejected\",\"replayed\":false}";
        QTest::newRow("rejected without reason") << batch(applied(kA) + ',' + noReason)
                                                 << QString(ResponseReason::InvalidResult);
        QTest::newRow("oversized") << good + QByteArray(5000, ' ') << QString(ResponseReason::Oversized);
    }

    void badBatch()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const BatchReply reply = ResponseParser(4096).parseBatch(body, {kA, kB});
        QCOMPARE(reply.status, ReplyStatus::BadResponse);
        QCOMPARE(reply.reason, reason);
        QVERIFY(reply.results.isEmpty());
        QVERIFY(reply.outcomeUnknown());
    }

    void lookup()
    {
        const LookupReply good = ResponseParser().parseLookup(applied(kA), kA);
        QVERIFY(good.ok());
        QCOMPARE(good.result.coreRef, QStringLiteral("C1"));
        const LookupReply other = ResponseParser().parseLookup(applied(kB), kA);
        QCOMPARE(other.reason, QString(ResponseReason::KeyMismatch));
    }

    void reference_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("good") << QByteArray("{\"name\":\"bills\",\"version\":3,\"data\":{\"a\":1}}") << true;
        QTest::newRow("data null") << QByteArray("{\"name\":\"bills\",\"version\":0,\"data\":null}") << true;
        QTest::newRow("wrong name") << QByteArray("{\"name\":\"catalog\",\"version\":3,\"data\":{}}") << false;
        QTest::newRow("negative version") << QByteArray("{\"name\":\"bills\",\"version\":-1,\"data\":{}}") << false;
        QTest::newRow("fraction version") << QByteArray("{\"name\":\"bills\",\"version\":1.5,\"data\":{}}") << false;
        QTest::newRow("string version") << QByteArray("{\"name\":\"bills\",\"version\":\"3\",\"data\":{}}") << false;
        QTest::newRow("no data") << QByteArray("{\"name\":\"bills\",\"version\":3}") << false;
    }

    void reference()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(ResponseParser().parseReference(body, QStringLiteral("bills")).ok(), ok);
    }

    void enroll_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        const QByteArray secret = QByteArray("A").repeated(42) + '_';
        const QByteArray certificate = ",\"certificate\":\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\"";
        QTest::newRow("good") << QByteArray("{\"deviceId\":\"K001\",\"secret\":\"" + secret + "\"" + certificate + "}") << true;
        QTest::newRow("other device") << QByteArray("{\"deviceId\":\"K002\",\"secret\":\"" + secret + "\"" + certificate + "}") << false;
        QTest::newRow("short secret") << QByteArray("{\"deviceId\":\"K001\",\"secret\":\"abc\"" + certificate + "}") << false;
        QTest::newRow("padded secret") << QByteArray("{\"deviceId\":\"K001\",\"secret\":\"" + secret.left(42) + "=\"" + certificate + "}")
                                       << false;
        QTest::newRow("no certificate") << QByteArray("{\"deviceId\":\"K001\",\"secret\":\"" + secret + "\"}") << false;
        QTest::newRow("certificate not PEM") << QByteArray("{\"deviceId\":\"K001\",\"secret\":\"" + secret + "\",\"certificate\":\"MIIB\"}") << false;
        QTest::newRow("certificate not a string") << QByteArray("{\"deviceId\":\"K001\",\"secret\":\"" + secret + "\",\"certificate\":1}") << false;
    }

    void enroll()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const EnrollReply reply = ResponseParser().parseEnroll(body, QStringLiteral("K001"));
        QCOMPARE(reply.ok(), ok);
        if (ok) {
            QCOMPARE(reply.secret.size(), 43);
            QVERIFY(reply.certificate.startsWith("-----BEGIN CERTIFICATE-----\n"));
        }
    }

    void anchor_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("good") << anchorBody() << true;
        QTest::newRow("with a flag") << anchorBody("flag", "{\"reason\":\"anchor_regressed\",\"sequence\":3,"
                                                          "\"flaggedAt\":\"2026-03-14T08:00:00.000Z\"}")
                                     << true;
        QTest::newRow("empty log anchored") << anchorBody("sequence", "0") << true;
        QTest::newRow("no flag member") << anchorBody("flag") << true;
        QTest::newRow("device lower case") << anchorBody("deviceId", "\"k001\"") << false;
        QTest::newRow("negative sequence") << anchorBody("sequence", "-1") << false;
        QTest::newRow("fractional sequence") << anchorBody("sequence", "1.5") << false;
        QTest::newRow("sequence past 2^53") << anchorBody("sequence", "9007199254740993") << false;
        QTest::newRow("sequence as text") << anchorBody("sequence", "\"42\"") << false;
        QTest::newRow("upper-case head") << anchorBody("head", '"' + QByteArray(64, 'A') + '"') << false;
        QTest::newRow("short head") << anchorBody("head", '"' + QByteArray(62, 'a') + '"') << false;
        QTest::newRow("local time") << anchorBody("anchoredAt", "\"2026-03-14T09:00:00\"") << false;
        QTest::newRow("short key") << anchorBody("publicKey", '"' + QByteArray(62, 'b') + '"') << false;
        QTest::newRow("no signature") << anchorBody("signature") << false;
        QTest::newRow("signature not hex") << anchorBody("signature", '"' + QByteArray(128, 'z') + '"') << false;
        QTest::newRow("replayed as text") << anchorBody("replayed", "\"no\"") << false;
        QTest::newRow("flag without reason") << anchorBody("flag", "{\"sequence\":3,\"flaggedAt\":\"2026-03-14T08:00:00.000Z\"}")
                                             << false;
        QTest::newRow("flag not an object") << anchorBody("flag", "\"anchor_regressed\"") << false;
        QTest::newRow("not json") << QByteArray("<html>") << false;
    }

    void anchor()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const AnchorReply reply = ResponseParser().parseAnchor(body);
        QCOMPARE(reply.ok(), ok);
        if (!ok) {
            QVERIFY(reply.reason.startsWith(QLatin1String("response_")));
            QVERIFY(!reply.flag);
            return;
        }
        QCOMPARE(reply.anchor.statement.deviceId, QStringLiteral("K001"));
        QCOMPARE(reply.anchor.publicKey.size(), 32);
        QCOMPARE(reply.anchor.signature.size(), 64);
        QCOMPARE(reply.anchor.statement.anchoredAt, QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC));
        if (QTest::currentDataTag() == QByteArray("with a flag"))
            QCOMPARE(reply.flag->reason, QStringLiteral("anchor_regressed"));
        // Well formed is not trusted: the signature is the caller's to check.
        QVERIFY(!reply.anchor.verify());
    }

    void errorCode()
    {
        QCOMPARE(ResponseParser::errorCode("{\"error\":\"revoked_device\",\"message\":\"x\"}"),
                 QStringLiteral("revoked_device"));
        QCOMPARE(ResponseParser::errorCode("{\"error\":\"Not A Code\"}"), QString());
        QCOMPARE(ResponseParser::errorCode("garbage"), QString());
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_response_parser.moc"
