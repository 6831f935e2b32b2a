// Core's HTTP/1.1 request-head parser: what it accepts, and the status and
// reason of everything it refuses, including heads past the size limits.
#include "HttpRequestParser.h"

#include <QTest>

using namespace branch;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refuses_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        const QByteArray host = "Host: core\r\n";
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400 << QByteArray("bare_lf");
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\rHost: x\r\n\r\n") << 400 << QByteArray("bare_cr");
        QTest::newRow("NUL") << QByteArray("GET /\0 HTTP/1.1\r\n\r\n", 19) << 400 << QByteArray("nul_in_head");
        QTest::newRow("two spaces") << "GET  / HTTP/1.1\r\n" + host + "\r\n" << 400 << QByteArray("request_line_invalid");
        QTest::newRow("no version") << "GET /\r\n" + host + "\r\n" << 400 << QByteArray("request_line_invalid");
        QTest::newRow("lower method") << "get@ / HTTP/1.1\r\n" + host + "\r\n" << 400 << QByteArray("method_invalid");
        QTest::newRow("absolute target") << "GET http://x/ HTTP/1.1\r\n" + host + "\r\n" << 400
                                         << QByteArray("target_invalid");
        QTest::newRow("long target") << "GET /" + QByteArray(3000, 'a') + " HTTP/1.1\r\n" + host + "\r\n" << 400
                                     << QByteArray("target_too_long");
        QTest::newRow("HTTP/2.0") << "GET / HTTP/2.0\r\n" + host + "\r\n" << 505 << QByteArray("http_version_unsupported");
        QTest::newRow("not HTTP") << "GET / FTP/1.1\r\n" + host + "\r\n" << 400 << QByteArray("request_line_invalid");
        QTest::newRow("folded") << "GET / HTTP/1.1\r\n" + host + "X: a\r\n b\r\n\r\n" << 400 << QByteArray("header_folded");
        QTest::newRow("space before colon") << "GET / HTTP/1.1\r\n" + host + "X : a\r\n\r\n" << 400
                                            << QByteArray("header_name_invalid");
        QTest::newRow("no colon") << "GET / HTTP/1.1\r\n" + host + "X\r\n\r\n" << 400 << QByteArray("header_name_invalid");
        QTest::newRow("control in value") << "GET / HTTP/1.1\r\n" + host + "X: a\x01\r\n\r\n" << 400
                                          << QByteArray("header_value_invalid");
        QTest::newRow("signed length") << "POST / HTTP/1.1\r\n" + host + "Content-Length: +5\r\n\r\n" << 400
                                       << QByteArray("content_length_invalid");
        QTest::newRow("huge length") << "POST / HTTP/1.1\r\n" + host + "Content-Length: 9999999999999999999\r\n\r\n"
                                     << 400 << QByteArray("content_length_invalid");
        QTest::newRow("two lengths") << "POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n"
                                     << 400 << QByteArray("content_length_invalid");
        QTest::newRow("chunked") << "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n" << 501
                                 << QByteArray("transfer_encoding_unsupported");
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << QByteArray("host_missing");
        QTest::newRow("two hosts") << "GET / HTTP/1.1\r\n" + host + host + "\r\n" << 400 << QByteArray("host_repeated");
        QByteArray many = "GET / HTTP/1.1\r\n" + host;
        for (int i = 0; i < 64; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("65 headers") << many + "\r\n" << 431 << QByteArray("too_many_headers");
        QTest::newRow("16 KiB head, unfinished") << "GET / HTTP/1.1\r\n" + host + "X: " + QByteArray(16 * 1024, 'a')
                                                 << 431 << QByteArray("header_too_large");
        QTest::newRow("16 KiB head, finished") << "GET / HTTP/1.1\r\n" + host + "X: " + QByteArray(16 * 1024, 'a') + "\r\n\r\n"
                                               << 431 << QByteArray("header_too_large");
    }
    void refuses()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        const HttpHeadParse parse = parseRequestHead(head);
        QVERIFY(parse.failed());
        QCOMPARE(parse.status, status);
        QCOMPARE(parse.reason, reason);
    }

    void needsMore_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("request line only") << QByteArray("GET / HTTP/1.1\r\n");
        QTest::newRow("no blank line") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n");
        QTest::newRow("half a CRLF") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r");
        QTest::newRow("blank lines first") << QByteArray("\r\n\r\n");
    }
    void needsMore()
    {
        QFETCH(QByteArray, head);
        const HttpHeadParse parse = parseRequestHead(head);
        QCOMPARE(parse.state, HttpHeadParse::State::NeedMore);
    }

    // A binary body (a photo) in the same read as its head is the route's
    // business: NULs, bare CRs and LFs after the head are not the head's.
    void binaryBodyAfterHead()
    {
        const QByteArray head = "POST /v1/prefills/ab/photos HTTP/1.1\r\nHost: core\r\nContent-Length: 6\r\n\r\n";
        const HttpHeadParse parse = parseRequestHead(head + QByteArray("\xff\xd8\0\n\r\0", 6));
        QVERIFY2(parse.complete(), parse.reason.constData());
        QCOMPARE(parse.consumed, head.size());
    }

    void accepts()
    {
        const QByteArray first = "\r\nPOST /v1/transactions/batch?x=1 HTTP/1.1\r\nHost: core\r\n"
                                 "content-length: 12\r\nAuthorization:  Bearer K.s \r\nContent-Length: 12\r\n\r\n";
        const QByteArray pipelined = first + "{\"a\":\"body\"}GET /v1/time HTTP/1.1\r\nHost: c\r\nConnection: close\r\n\r\n";
        const HttpHeadParse parse = parseRequestHead(pipelined);
        QVERIFY(parse.complete());
        QCOMPARE(parse.consumed, first.size());
        QCOMPARE(parse.head.method, QByteArray("POST"));
        QCOMPARE(parse.head.path, QByteArray("/v1/transactions/batch"));
        QCOMPARE(parse.head.query, QByteArray("x=1"));
        QCOMPARE(parse.head.contentLength, 12);
        QCOMPARE(parse.head.header("AUTHORIZATION"), QByteArray("Bearer K.s"));
        QVERIFY(parse.head.keepAlive);

        const HttpHeadParse second = parseRequestHead(QByteArrayView(pipelined).sliced(first.size() + 12));
        QVERIFY(second.complete());
        QCOMPARE(second.head.path, QByteArray("/v1/time"));
        QVERIFY(!second.head.keepAlive);

        const HttpHeadParse old = parseRequestHead("GET /v1/time HTTP/1.0\r\n\r\n");
        QVERIFY(old.complete()); // HTTP/1.0 needs no Host, and closes after one answer
        QVERIFY(!old.head.keepAlive);
    }

    // Cost and memory are bounded by the limit, not by what is sent: a
    // 40 MiB header is refused after looking at 16 KiB.
    void hugeHeadIsRefusedAtTheLimit()
    {
        const QByteArray huge = "GET / HTTP/1.1\r\nHost: c\r\nX: " + QByteArray(40 * 1024 * 1024, 'a');
        const HttpHeadParse parse = parseRequestHead(huge);
        QCOMPARE(parse.status, 431);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
