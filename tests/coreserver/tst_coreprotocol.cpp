// Core's HTTP front end against the real branch-core on loopback: limits on
// heads and bodies enforced before reading, slow and idle clients timed out,
// pipelining answered in order, connection limits, TLS suites, enrolment
// limits, and the file mode of core's database.
#include "CoreProcess.h"
#include "CoreTestData.h"
#include "DeviceKey.h"
#include "RawTlsClient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace coretest;

class TestCoreProtocol : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServeProcess m_server;
    QList<QSslCertificate> m_ca;
    QByteArray m_auth;
    QSslCertificate m_cert; // K001's client certificate, presented on every connection
    QSslKey m_key;

    QString db() const { return m_dir.filePath(QStringLiteral("core.db")); }
    QString pki(const QString &file) const { return m_dir.filePath(QStringLiteral("pki/") + file); }

    std::unique_ptr<RawTlsClient> client(const char *from = "127.0.0.1")
    {
        auto c = std::make_unique<RawTlsClient>(m_ca, m_cert, m_key);
        if (!c->connect(m_server.port(), QHostAddress(QString::fromLatin1(from))))
            return nullptr;
        return c;
    }

    RawResponse once(const QByteArray &request, const char *from = "127.0.0.1")
    {
        auto c = client(from);
        if (!c || !c->write(request))
            return {};
        return c->read();
    }

    static QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
    {
        return "POST " + path + " HTTP/1.1\r\nHost: core\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
    }

    static QByteArray batchBody(int sequence)
    {
        const QJsonArray items{txObject(randomKey(), sequence, QStringLiteral("utility.electricity"))};
        return QJsonDocument(QJsonObject{{QStringLiteral("transactions"), items}}).toJson(QJsonDocument::Compact);
    }

    static QString reason(const RawResponse &r)
    {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString();
    }

    QByteArray enrolBody(const QString &device, const QString &code, const QByteArray &csr = {})
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), device},
                                         {QStringLiteral("enrolmentCode"), code},
                                         {QStringLiteral("csr"), QString::fromLatin1(csr)}})
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makePki(m_dir.filePath(QStringLiteral("pki"))));
        m_ca = QSslCertificate::fromPath(pki(QStringLiteral("ca.pem")));
        QCOMPARE(m_ca.size(), 1);
        QVERIFY(m_server.start(QStringList{QStringLiteral("--database"), db()} + tlsArgs(m_dir.filePath(QStringLiteral("pki"))),
                               m_dir.filePath(QStringLiteral("serve.log"))));
        const Run added = runCore({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("K001"),
                                   QStringLiteral("--json"), QStringLiteral("--database"), db()});
        QCOMPARE(added.exitCode, 0);
        const QString code = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("enrolmentCode")).toString();
        const branch::Result<branch::DeviceKeyRequest> key = branch::DeviceKey::generate(QStringLiteral("K001"));
        QVERIFY(key.ok());
        const RawResponse enrolled =
            once(post("/v1/devices/enroll", enrolBody(QStringLiteral("K001"), code, key.value().csrPem)));
        QCOMPARE(enrolled.status, 201);
        const QJsonObject answer = QJsonDocument::fromJson(enrolled.body).object();
        m_auth = "Authorization: Bearer K001." + answer.value(QStringLiteral("secret")).toString().toLatin1() + "\r\n";
        m_cert = QSslCertificate(answer.value(QStringLiteral("certificate")).toString().toLatin1(), QSsl::Pem);
        m_key = QSslKey(key.value().privateKeyPem, QSsl::Ec);
        QVERIFY(!m_cert.isNull() && !m_key.isNull());
    }

    void databaseIsOwnerOnly()
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            const QFileInfo info(db() + suffix);
            QVERIFY2(info.exists(), qPrintable(info.filePath()));
            QCOMPARE(int(info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)), 0);
        }
    }

    void refusedBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QByteArray big = "Content-Length: 50000000\r\n";
        const QByteArray start = "POST /v1/transactions/batch HTTP/1.1\r\nHost: core\r\nContent-Type: application/json\r\n";
        QTest::newRow("50 MB, no credential") << start + big + "\r\n" << 401 << QString();
        QTest::newRow("50 MB, credential") << start + big + m_auth + "\r\n" << 413 << "body_too_large";
        QTest::newRow("4 MiB + 1, credential") << start + "Content-Length: 4194305\r\n" + m_auth + "\r\n" << 413 << "body_too_large";
        QTest::newRow("text/plain") << "POST /v1/transactions/batch HTTP/1.1\r\nHost: core\r\nContent-Type: text/plain\r\n"
                                       "Content-Length: 10\r\n" + m_auth + "\r\n" << 415 << "content_type_invalid";
        QTest::newRow("no content type") << "POST /v1/transactions/batch HTTP/1.1\r\nHost: core\r\n"
                                            "Content-Length: 10\r\n" + m_auth + "\r\n" << 415 << "content_type_invalid";
        QTest::newRow("enrol 20 KiB") << QByteArray("POST /v1/devices/enroll HTTP/1.1\r\nHost: core\r\nContent-Type: application/json\r\n"
                                                    "Content-Length: 20480\r\n\r\n") << 413 << "body_too_large";
        QTest::newRow("no length") << start + m_auth + "\r\n" << 411 << "length_required";
        QTest::newRow("chunked") << start + "Transfer-Encoding: chunked\r\n" + m_auth + "\r\n" << 501 << "transfer_encoding_unsupported";
        QTest::newRow("unknown route") << QByteArray("GET /v2/x HTTP/1.1\r\nHost: core\r\n\r\n") << 404 << QString();
        QTest::newRow("wrong method") << QByteArray("DELETE /v1/time HTTP/1.1\r\nHost: core\r\n\r\n") << 405 << QString();
        QTest::newRow("HTTP/2.0") << QByteArray("GET /v1/time HTTP/2.0\r\nHost: core\r\n\r\n") << 505 << "http_version_unsupported";
    }
    // The head alone is sent: an answer proves core did not wait for the body.
    void refusedBeforeTheBody()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QString, reason);
        const RawResponse r = once(head);
        QCOMPARE(r.status, status);
        if (!reason.isEmpty())
            QCOMPARE(TestCoreProtocol::reason(r), reason);
    }

    void headerLimits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("reason");
        QTest::newRow("1 MiB header") << "GET /v1/time HTTP/1.1\r\nHost: core\r\nX-Big: " + QByteArray(1 << 20, 'a') + "\r\n\r\n"
                                      << "header_too_large";
        QByteArray many = "GET /v1/time HTTP/1.1\r\nHost: core\r\n";
        for (int i = 0; i < 100; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("100 headers") << many + "\r\n" << "too_many_headers";
    }
    void headerLimits()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, reason);
        auto c = client();
        QVERIFY(c);
        c->socket().write(request); // core stops reading at 16 KiB, so this may never drain
        const RawResponse r = c->read();
        QCOMPARE(r.status, 431);
        QCOMPARE(TestCoreProtocol::reason(r), reason);
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QCOMPARE(once("GET /v1/time HTTP/1.1\r\nHost: core\r\n" + m_auth + "\r\n").status, 200);
    }

    void pipelinedAnsweredInOrder()
    {
        auto c = client();
        QVERIFY(c);
        const QByteArray bodyA = batchBody(1);
        const QByteArray bodyB = "{\"transactions\": [";
        QVERIFY(c->write(post("/v1/transactions/batch", bodyA, m_auth) + post("/v1/transactions/batch", bodyB, m_auth)
                         + "GET /v1/time HTTP/1.1\r\nHost: core\r\n" + m_auth + "\r\n"
                         + "GET /v1/nothing HTTP/1.1\r\nHost: core\r\nConnection: close\r\n\r\n"));
        const RawResponse a = c->read();
        QCOMPARE(a.status, 200);
        QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("results")).toArray().size(), 1);
        const RawResponse b = c->read();
        QCOMPARE(b.status, 400);
        QCOMPARE(reason(b), QStringLiteral("json_syntax"));
        QCOMPARE(c->read().status, 200);
        const RawResponse last = c->read();
        QCOMPARE(last.status, 404);
        QCOMPARE(last.header("Connection"), QByteArray("close"));
        QVERIFY(c->waitClosed(5000));
    }

    // Idle TCP connections (no handshake), a client that stops half-way
    // through its head, and one address over its connection limit: none of
    // them keeps others from being served, and each is closed as designed.
    void slowAndIdleClientsAreCutOff()
    {
        QList<QTcpSocket *> idle;
        for (int i = 0; i < 80; ++i) {
            auto *s = new QTcpSocket(this);
            s->bind(QHostAddress(QStringLiteral("127.0.0.9")));
            s->connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
            QVERIFY(s->waitForConnected(5000));
            idle.append(s);
        }
        auto slow = client("127.0.0.10");
        QVERIFY(slow);
        QVERIFY(slow->write("GET /v1/time HTTP/1.1\r\nHost: co"));

        QCOMPARE(once("GET /v1/time HTTP/1.1\r\nHost: core\r\n" + m_auth + "\r\n").status, 200);

        // 64 per address: the rest were closed at once, the others after the 5 s handshake timeout.
        QTest::qWait(1000);
        int closedEarly = 0;
        for (QTcpSocket *s : idle)
            closedEarly += s->state() == QAbstractSocket::ConnectedState ? 0 : 1;
        QCOMPARE(closedEarly, 80 - 64);
        for (QTcpSocket *s : idle) {
            if (s->state() == QAbstractSocket::ConnectedState)
                QVERIFY(s->waitForDisconnected(10000));
        }
        const RawResponse timedOut = slow->read(20000);
        QCOMPARE(timedOut.status, 408);
        QCOMPARE(reason(timedOut), QStringLiteral("header_timeout"));
        qDeleteAll(idle);
    }

    // Each try comes with a good certificate request, so only the code is wrong.
    static QByteArray csrFor(const QString &device)
    {
        const branch::Result<branch::DeviceKeyRequest> key = branch::DeviceKey::generate(device);
        return key.ok() ? key.value().csrPem : QByteArray();
    }

    void enrolmentTriesAreLimited()
    {
        const QByteArray wrong = post("/v1/devices/enroll", enrolBody(QStringLiteral("K002"), QStringLiteral("AAAA-BBBB-CCCC-DDDD"),
                                                                      csrFor(QStringLiteral("K002"))));
        // Per source address: five tries a minute, whatever the device.
        for (int i = 0; i < 5; ++i) {
            const QString device = QStringLiteral("K10%1").arg(i);
            QCOMPARE(once(post("/v1/devices/enroll", enrolBody(device, QStringLiteral("X"), csrFor(device))), "127.0.0.20").status, 403);
        }
        const RawResponse limited = once(wrong, "127.0.0.20");
        QCOMPARE(limited.status, 429);
        QCOMPARE(reason(limited), QStringLiteral("enrolment_rate_limited"));
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        // Per device: five tries a minute, whatever the address.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(once(wrong, QByteArray("127.0.0.3" + QByteArray::number(i)).constData()).status, 403);
        QCOMPARE(once(wrong, "127.0.0.40").status, 429);
    }

    // An unknown device, a wrong secret, and the right credential without a
    // certificate (stolen, used from elsewhere) get one answer.
    void credentialErrorsLookAlike()
    {
        const RawResponse unknown = once("GET /v1/time HTTP/1.1\r\nHost: core\r\nAuthorization: Bearer K999."
                                         + QByteArray(43, 'A') + "\r\n\r\n");
        const RawResponse wrong = once("GET /v1/time HTTP/1.1\r\nHost: core\r\nAuthorization: Bearer K001."
                                       + QByteArray(43, 'A') + "\r\n\r\n");
        RawTlsClient bare(m_ca); // no client certificate
        QVERIFY(bare.connect(m_server.port()));
        QVERIFY(bare.write("GET /v1/time HTTP/1.1\r\nHost: core\r\n" + m_auth + "\r\n"));
        const RawResponse stolen = bare.read();
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(stolen.status, 401);
        QJsonObject a = QJsonDocument::fromJson(unknown.body).object();
        QJsonObject b = QJsonDocument::fromJson(wrong.body).object();
        QJsonObject c = QJsonDocument::fromJson(stolen.body).object();
        for (QJsonObject *o : {&a, &b, &c})
            o->remove(QStringLiteral("serverTime"));
        QCOMPARE(a, b);
        QCOMPARE(a, c);
        QCOMPARE(a.value(QStringLiteral("error")).toString(), QStringLiteral("bad_credential"));
    }

    // openssl s_client offers one suite at a time: CBC with SHA-1 (and CBC
    // with SHA-2) is refused, AEAD with ECDHE and TLS 1.3 are taken.
    void tlsSuites_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ECDHE-ECDSA-AES128-SHA") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-AES128-SHA")} << false;
        QTest::newRow("ECDHE-ECDSA-AES256-SHA") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-AES256-SHA")} << false;
        QTest::newRow("ECDHE-ECDSA-AES128-SHA256") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-AES128-SHA256")} << false;
        QTest::newRow("TLS 1.1") << QStringList{QStringLiteral("-tls1_1")} << false;
        QTest::newRow("ECDHE-ECDSA-AES128-GCM-SHA256") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")} << true;
        QTest::newRow("ECDHE-ECDSA-CHACHA20-POLY1305") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")} << true;
        QTest::newRow("TLS 1.3") << QStringList{QStringLiteral("-tls1_3")} << true;
    }
    void tlsSuites()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, accepted);
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                                                             QStringLiteral("127.0.0.1:%1").arg(m_server.port()),
                                                             QStringLiteral("-ign_eof")} // wait for core's answer
                                                     + options);
        QVERIFY(openssl.waitForStarted());
        openssl.write("GET /v1/time HTTP/1.1\r\nHost: core\r\nConnection: close\r\n\r\n");
        openssl.closeWriteChannel();
        QVERIFY(openssl.waitForFinished(20000));
        const QByteArray out = openssl.readAllStandardOutput();
        QCOMPARE(out.contains("HTTP/1.1 401"), accepted);
    }

    void logStaysShort()
    {
        // A flood of refusals (60 pipelined 404s) writes at most 20 lines a minute.
        auto c = client();
        QVERIFY(c);
        QByteArray flood;
        for (int i = 0; i < 60; ++i)
            flood += "GET /v2/flood HTTP/1.1\r\nHost: core\r\n\r\n";
        QVERIFY(c->write(flood + "GET /v2/flood HTTP/1.1\r\nHost: core\r\nConnection: close\r\n\r\n"));
        for (int i = 0; i < 61; ++i)
            QCOMPARE(c->read().status, 404);
        QVERIFY(c->waitClosed(5000));

        QFile log(m_dir.filePath(QStringLiteral("serve.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("refused 431"));
        QVERIFY(!text.contains("K001-R1")); // no receipt numbers
        QVERIFY(text.contains("wrong secret for device K001"));
        QVERIFY(text.contains("certificate of device K001 with the credential of device K999"));
        QVERIFY(text.contains("credential of device K001 with certificate_missing"));
        QVERIFY(text.count("/v2/flood") <= 20);
        QVERIFY(text.count("/v2/flood") >= 10);
    }
};

QTEST_GUILESS_MAIN(TestCoreProtocol)
#include "tst_coreprotocol.moc"
