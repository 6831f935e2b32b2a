#include "HttpsCoreClient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray http(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace

// HttpsCoreClient against a scripted TLS server on loopback: what reaches the
// relay for each way an answer can go wrong.
class TestHttpsCoreClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    QByteArray m_answer; // sent to every request; empty: never answer
    QByteArray m_lastRequest;
    QSslCertificate m_lastPeer; // the client certificate of the last connection

    // The device's certificate and key; the scripted server asks for a
    // client certificate as core does, and checks nothing.
    CoreEndpoint endpoint(int timeoutMs = 3000, const QString &ca = QStringLiteral("pki/ca.pem")) const
    {
        CoreEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
        endpoint.caFile = m_dir.filePath(ca);
        endpoint.credential = "K001.secret";
        endpoint.timeoutMs = timeoutMs;
        endpoint.clientCertificate = readAll(m_dir.filePath(QStringLiteral("pki/proxy.pem")));
        endpoint.clientKey = readAll(m_dir.filePath(QStringLiteral("pki/proxy.key")));
        return endpoint;
    }

    std::unique_ptr<HttpsCoreClient> client(qsizetype maxBytes = ResponseParser::DefaultMaxBytes, int timeoutMs = 3000,
                                            const QString &ca = QStringLiteral("pki/ca.pem"))
    {
        CoreEndpoint endpoint = this->endpoint(timeoutMs, ca);
        endpoint.maxResponseBytes = maxBytes;
        QString error;
        auto c = HttpsCoreClient::create(endpoint, &error);
        if (!c)
            qWarning("create: %s", qPrintable(error));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess pki;
        pki.start(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/scripts/dev-pki"),
                  {m_dir.filePath(QStringLiteral("pki")), QStringLiteral("--other-ca")});
        QVERIFY(pki.waitForFinished(60000));
        QCOMPARE(pki.exitCode(), 0);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromData(readAll(m_dir.filePath(QStringLiteral("pki/core.pem")))));
        tls.setPrivateKey(QSslKey(readAll(m_dir.filePath(QStringLiteral("pki/core.key"))), QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_lastPeer = static_cast<QSslSocket *>(socket)->peerCertificate();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_lastRequest += socket->readAll();
                    if (m_lastRequest.contains("\r\n\r\n") && !m_answer.isEmpty())
                        socket->write(m_answer);
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void init()
    {
        m_lastRequest.clear();
        m_lastPeer.clear();
    }

    void statuses_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("404 unknown") << http(404, "{\"outcome\":\"unknown\"}") << int(ReplyStatus::NotFound)
                                     << QStringLiteral("http_404");
        QTest::newRow("401 revoked") << http(401, "{\"error\":\"revoked_device\",\"message\":\"m\"}")
                                     << int(ReplyStatus::Unauthorized) << QStringLiteral("revoked_device");
        QTest::newRow("503") << http(503, "{\"error\":\"unavailable\"}") << int(ReplyStatus::Server)
                             << QStringLiteral("unavailable");
        QTest::newRow("500 html") << http(500, "<html>oops</html>") << int(ReplyStatus::Server)
                                  << QStringLiteral("http_500");
        QTest::newRow("400") << http(400, "{\"error\":\"bad_request\"}") << int(ReplyStatus::Client)
                             << QStringLiteral("bad_request");
        QTest::newRow("200 truncated") << http(200, "{\"key\":\"01") << int(ReplyStatus::BadResponse)
                                       << QString(ResponseReason::Truncated);
        QTest::newRow("200 oversized") << http(200, QByteArray(9000, ' ') + "{}") << int(ReplyStatus::BadResponse)
                                       << QString(ResponseReason::Oversized);
        QTest::newRow("302") << http(302, "{}", "Location: https://example.invalid/\r\n") << int(ReplyStatus::BadResponse)
                             << QStringLiteral("http_302");
    }

    void statuses()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        QFETCH(QString, reason);
        m_answer = answer;
        const auto c = client(4096);
        QVERIFY(c);
        const LookupReply reply = c->lookup(QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(int(reply.status), status);
        QCOMPARE(reply.reason, reason);
        QVERIFY(m_lastRequest.startsWith("GET /v1/transactions/0123456789abcdef0123456789abcdef HTTP/1.1"));
        QVERIFY(m_lastRequest.contains("Authorization: Bearer K001.secret"));
    }

    void dateHeaderGivesServerTime()
    {
        m_answer = http(404, "{\"outcome\":\"unknown\"}", "Date: Sat, 14 Mar 2026 09:00:00 GMT\r\n");
        const auto c = client();
        const LookupReply reply = c->lookup(QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(reply.serverTime, QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC));
    }

    void noAnswerTimesOut()
    {
        m_answer.clear();
        const auto c = client(ResponseParser::DefaultMaxBytes, 300);
        const BatchReply reply = c->sendBatch({});
        QCOMPARE(reply.status, ReplyStatus::Transport);
        QCOMPARE(reply.reason, QStringLiteral("timeout"));
    }

    void untrustedCaIsRefused()
    {
        m_answer = http(404, "{}");
        const auto c = client(ResponseParser::DefaultMaxBytes, 3000, QStringLiteral("pki/other-ca.pem"));
        const LookupReply reply = c->lookup(QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(reply.status, ReplyStatus::Transport);
        QCOMPARE(reply.reason, QStringLiteral("tls_failed"));
        QVERIFY(m_lastRequest.isEmpty());
    }

    // Core wants the device's certificate with its credential on every request.
    void presentsTheDeviceCertificate()
    {
        m_answer = http(404, "{\"outcome\":\"unknown\"}");
        const auto c = client();
        QVERIFY(c);
        c->lookup(QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(m_lastPeer, QSslCertificate(readAll(m_dir.filePath(QStringLiteral("pki/proxy.pem")))));
        QVERIFY(m_lastRequest.contains("Authorization: Bearer K001.secret"));
    }

    // Enrolment: no certificate yet, no credential, and the request goes with it.
    void enrolSendsTheCertificateRequest()
    {
        const QByteArray certificate = readAll(m_dir.filePath(QStringLiteral("pki/proxy.pem")));
        m_answer = http(201, QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), QStringLiteral("K001")},
                                                       {QStringLiteral("secret"), QString(43, u'A')},
                                                       {QStringLiteral("certificate"), QString::fromLatin1(certificate)}})
                                 .toJson(QJsonDocument::Compact));
        CoreEndpoint bare = endpoint();
        bare.credential.clear();
        bare.clientCertificate.clear();
        bare.clientKey.clear();
        QString error;
        const auto c = HttpsCoreClient::create(bare, &error);
        QVERIFY(c);
        const EnrollReply reply = c->enroll(QStringLiteral("K001"), QStringLiteral("CODE"), "-----BEGIN CERTIFICATE REQUEST-----\nAA==\n");
        QVERIFY2(reply.ok(), qPrintable(reply.reason));
        QCOMPARE(reply.certificate, certificate);
        QVERIFY(m_lastPeer.isNull());
        QVERIFY(!m_lastRequest.contains("Authorization"));
        QVERIFY(m_lastRequest.contains("\"csr\":\"-----BEGIN CERTIFICATE REQUEST-----\\nAA==\\n\""));
    }

    void badClientCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::newRow("certificate without key") << "pki/proxy.pem" << QString();
        QTest::newRow("key without certificate") << QString() << "pki/proxy.key";
        QTest::newRow("key as certificate") << "pki/proxy.key" << "pki/proxy.key";
        QTest::newRow("certificate as key") << "pki/proxy.pem" << "pki/proxy.pem";
    }
    void badClientCertificateIsRefused()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        CoreEndpoint e = endpoint();
        e.clientCertificate = certificate.isEmpty() ? QByteArray() : readAll(m_dir.filePath(certificate));
        e.clientKey = key.isEmpty() ? QByteArray() : readAll(m_dir.filePath(key));
        QString error;
        QVERIFY(!HttpsCoreClient::create(e, &error));
        QCOMPARE(error, QStringLiteral("client_certificate_invalid"));
    }

    void badEndpointIsRefused()
    {
        CoreEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        endpoint.caFile = m_dir.filePath(QStringLiteral("pki/ca.pem"));
        QString error;
        QVERIFY(!HttpsCoreClient::create(endpoint, &error));
        QCOMPARE(error, QStringLiteral("bad_url"));
        endpoint.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
        endpoint.caFile = m_dir.filePath(QStringLiteral("pki/ca.key"));
        QVERIFY(!HttpsCoreClient::create(endpoint, &error));
        QCOMPARE(error, QStringLiteral("ca_empty"));
    }
};

QTEST_GUILESS_MAIN(TestHttpsCoreClient)
#include "tst_https_core_client.moc"
