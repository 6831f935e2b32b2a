// POST /v1/audit/anchors bodies as branch-core reads them: every field's
// bounds and shape, and the reason each refusal carries.
#include "AnchorSubmission.h"

#include <QTest>

using namespace branch;

namespace {

const QByteArray kHead = QByteArray(64, 'a');
const QByteArray kMac = QByteArray(64, '0');

QByteArray body(const QByteArray &members)
{
    return '{' + members + '}';
}

} // namespace

class TestAnchorSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted()
    {
        const AnchorParse first = parseAnchorSubmission(
            body("\"sequence\":6,\"head\":\"" + kHead + "\",\"from\":0,\"links\":\"\",\"chain\":\"intact\""));
        QVERIFY2(first.ok(), qPrintable(first.reason));
        QCOMPARE(first.submission.sequence, 6);
        QVERIFY(first.submission.chainIntact);
        QVERIFY(first.submission.macs.isEmpty());

        const AnchorParse next = parseAnchorSubmission(
            body("\"sequence\":8,\"head\":\"" + kHead + "\",\"from\":6,\"links\":\"" + kMac + kMac
                 + "\",\"chain\":\"broken\",\"brokenRow\":3,\"brokenReason\":\"hash_mismatch\""));
        QVERIFY2(next.ok(), qPrintable(next.reason));
        QCOMPARE(next.submission.macs.size(), 64);
        QVERIFY(!next.submission.chainIntact);
        QCOMPARE(next.submission.brokenRow, 3);
        QCOMPARE(next.submission.brokenReason, QStringLiteral("hash_mismatch"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("members");
        QTest::addColumn<QString>("reason");
        const QByteArray head = "\"head\":\"" + kHead + "\",";
        const QByteArray tail = "\"from\":0,\"links\":\"\",\"chain\":\"intact\"";
        QTest::newRow("not json") << QByteArray("\"sequence\":") << "json_syntax";
        QTest::newRow("duplicate member") << QByteArray("\"sequence\":1,\"sequence\":2," + head + tail)
                                          << "json_duplicate_key";
        QTest::newRow("unknown member") << QByteArray("\"sequence\":1," + head + tail + ",\"extra\":1") << "unknown_member";
        QTest::newRow("no sequence") << QByteArray(head + tail) << "sequence_invalid";
        QTest::newRow("negative sequence") << QByteArray("\"sequence\":-1," + head + tail) << "sequence_invalid";
        QTest::newRow("sequence past 2^53") << QByteArray("\"sequence\":9007199254740992," + head + tail)
                                            << "sequence_invalid";
        QTest::newRow("sequence 1.0") << QByteArray("\"sequence\":1.0," + head + tail) << "number_not_integer";
        QTest::newRow("sequence 1e1") << QByteArray("\"sequence\":1e1," + head + tail) << "number_not_integer";
        QTest::newRow("sequence as text") << QByteArray("\"sequence\":\"1\"," + head + tail) << "sequence_invalid";
        QTest::newRow("upper-case head") << QByteArray("\"sequence\":1,\"head\":\"" + QByteArray(64, 'A') + "\"," + tail)
                                         << "head_invalid";
        QTest::newRow("head with CR LF") << QByteArray("\"sequence\":1,\"head\":\"" + QByteArray(62, 'a') + "\\r\\n\"," + tail)
                                         << "head_invalid";
        QTest::newRow("no from") << QByteArray("\"sequence\":1," + head + "\"links\":\"\",\"chain\":\"intact\"")
                                 << "from_invalid";
        QTest::newRow("half a link") << QByteArray("\"sequence\":1," + head + "\"from\":0,\"links\":\"" + QByteArray(32, '0')
                                                   + "\",\"chain\":\"intact\"")
                                     << "links_invalid";
        QTest::newRow("links not hex") << QByteArray("\"sequence\":1," + head + "\"from\":0,\"links\":\""
                                                     + QByteArray(64, 'g') + "\",\"chain\":\"intact\"")
                                       << "links_invalid";
        QTest::newRow("links as array") << QByteArray("\"sequence\":1," + head + "\"from\":0,\"links\":[],\"chain\":\"intact\"")
                                        << "links_invalid";
        QTest::newRow("1,001 links") << QByteArray("\"sequence\":1," + head + "\"from\":0,\"links\":\"" + kMac.repeated(1001)
                                                   + "\",\"chain\":\"intact\"")
                                     << "links_too_many";
        QTest::newRow("chain unknown") << QByteArray("\"sequence\":1," + head + "\"from\":0,\"links\":\"\",\"chain\":\"ok\"")
                                       << "chain_invalid";
        QTest::newRow("intact with a broken row")
            << QByteArray("\"sequence\":1," + head + tail + ",\"brokenRow\":2") << "chain_invalid";
        QTest::newRow("broken without a row")
            << QByteArray("\"sequence\":1," + head + "\"from\":0,\"links\":\"\",\"chain\":\"broken\",\"brokenReason\":\"x\"")
            << "broken_row_invalid";
        QTest::newRow("broken reason not a code")
            << QByteArray("\"sequence\":1," + head
                          + "\"from\":0,\"links\":\"\",\"chain\":\"broken\",\"brokenRow\":2,\"brokenReason\":\"Bad Row\"")
            << "broken_reason_invalid";
    }

    void refused()
    {
        QFETCH(QByteArray, members);
        QFETCH(QString, reason);
        const AnchorParse parsed = parseAnchorSubmission(body(members));
        QCOMPARE(parsed.reason, reason);
        QVERIFY(parsed.submission.head.isEmpty());
        QVERIFY(parsed.submission.macs.isEmpty());
    }

    void notAnObject()
    {
        QCOMPARE(parseAnchorSubmission("[1]").reason, QStringLiteral("not_an_object"));
    }
};

QTEST_GUILESS_MAIN(TestAnchorSubmission)
#include "tst_anchorsubmission.moc"
