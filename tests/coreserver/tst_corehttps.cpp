// End to end over loopback HTTPS: the real branch-core binary, certificates
// from scripts/dev-pki, and a QNetworkAccessManager that trusts only the dev CA.
#include "CoreProcess.h"
#include "CoreTestData.h"
#include "DeviceKey.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace coretest;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError::SslError> sslErrors;
    QJsonObject json;
    QByteArray etag;
    QByteArray date;
};

} // namespace

class TestCoreHttps : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServeProcess m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
    QString m_deviceId = QStringLiteral("K001");
    QString m_secret;

    QString db() const { return m_dir.filePath(QStringLiteral("core.db")); }
    QString pki(const QString &file) const { return m_dir.filePath(QStringLiteral("pki/") + file); }

    Reply send(const QByteArray &method, quint16 port, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool auth = true)
    {
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (auth)
            request.setRawHeader("Authorization", "Bearer " + (m_deviceId + u'.' + m_secret).toLatin1());
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        Reply out;
        connect(reply, &QNetworkReply::sslErrors, this, [&out](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                out.sslErrors.append(e.error());
        });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        out.json = QJsonDocument::fromJson(reply->readAll()).object();
        out.etag = reply->rawHeader("ETag");
        out.date = reply->rawHeader("Date");
        reply->deleteLater();
        return out;
    }

    Reply post(const QString &path, const QByteArray &body) { return send("POST", m_server.port(), path, body); }
    Reply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", m_server.port(), path, {}, headers);
    }

    static QByteArray batch(const QList<QJsonObject> &items)
    {
        QJsonArray array;
        for (const QJsonObject &o : items)
            array.append(o);
        return QJsonDocument(QJsonObject{{QStringLiteral("transactions"), array}}).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makePki(m_dir.filePath(QStringLiteral("pki")), {QStringLiteral("--expired"), QStringLiteral("--other-ca")}));
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(pki(QStringLiteral("ca.pem")));
        QCOMPARE(ca.size(), 1);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(ca); // only the dev CA; never the system store
        m_tls.setProtocol(QSsl::TlsV1_2OrLater);
        QVERIFY(m_server.start(QStringList{QStringLiteral("--database"), db()} + tlsArgs(m_dir.filePath(QStringLiteral("pki"))),
                               m_dir.filePath(QStringLiteral("serve.log"))));
    }

    void enrol()
    {
        const Run added = runCore({QStringLiteral("device"), QStringLiteral("add"), m_deviceId, QStringLiteral("--json"),
                                   QStringLiteral("--database"), db()});
        QCOMPARE(added.exitCode, 0);
        const QString code = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("enrolmentCode")).toString();
        QVERIFY(!code.isEmpty());
        const branch::Result<branch::DeviceKeyRequest> key = branch::DeviceKey::generate(m_deviceId);
        QVERIFY(key.ok());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), m_deviceId},
                                                          {QStringLiteral("enrolmentCode"), code},
                                                          {QStringLiteral("csr"), QString::fromLatin1(key.value().csrPem)}})
                                    .toJson(QJsonDocument::Compact);
        Reply wrong = send("POST", m_server.port(), QStringLiteral("/v1/devices/enroll"),
                           QByteArray(body).replace(code.left(4).toLatin1(), "ZZZZ"), {}, false);
        QCOMPARE(wrong.status, 403);
        QCOMPARE(wrong.json.value(QStringLiteral("error")).toString(), QStringLiteral("bad_enrolment_code"));

        Reply ok = send("POST", m_server.port(), QStringLiteral("/v1/devices/enroll"), body, {}, false);
        QCOMPARE(ok.status, 201);
        QVERIFY(!ok.date.isEmpty());
        QVERIFY(ok.json.value(QStringLiteral("serverTime")).toString().endsWith(u'Z'));
        m_secret = ok.json.value(QStringLiteral("secret")).toString();
        QCOMPARE(m_secret.size(), 43);
        // From here on the device presents its certificate, on new connections.
        m_tls.setLocalCertificate(QSslCertificate(ok.json.value(QStringLiteral("certificate")).toString().toLatin1()));
        m_tls.setPrivateKey(QSslKey(key.value().privateKeyPem, QSsl::Ec));
        QVERIFY(!m_tls.localCertificate().isNull() && !m_tls.privateKey().isNull());
        m_nam.clearConnectionCache();

        // Single use.
        QCOMPARE(send("POST", m_server.port(), QStringLiteral("/v1/devices/enroll"), body, {}, false).status, 403);
        QCOMPARE(get(QStringLiteral("/v1/time")).status, 200);
    }

    void applyReplayConflictAndLookup()
    {
        const QJsonObject a = txObject(randomKey(), 1, QStringLiteral("utility.electricity"), 5000);
        const QJsonObject b = txObject(randomKey(), 2, QStringLiteral("no.such.service"));
        Reply first = post(QStringLiteral("/v1/transactions/batch"), batch({a, b}));
        QCOMPARE(first.status, 200);
        const QJsonArray results = first.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0)[QStringLiteral("outcome")].toString(), QStringLiteral("applied"));
        QCOMPARE(results.at(0)[QStringLiteral("replayed")].toBool(), false);
        const QString coreRef = results.at(0)[QStringLiteral("coreRef")].toString();
        QVERIFY(!coreRef.isEmpty());
        QCOMPARE(results.at(1)[QStringLiteral("outcome")].toString(), QStringLiteral("rejected"));
        QCOMPARE(results.at(1)[QStringLiteral("reason")].toString(), QStringLiteral("unknown_service"));

        Reply replay = post(QStringLiteral("/v1/transactions/batch"), batch({a}));
        QCOMPARE(replay.status, 200);
        const QJsonObject again = replay.json.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(again.value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(again.value(QStringLiteral("coreRef")).toString(), coreRef);

        QJsonObject changed = a;
        changed.insert(QStringLiteral("receiptNo"), QStringLiteral("R-other"));
        Reply conflict = post(QStringLiteral("/v1/transactions/batch"), batch({changed}));
        const QJsonObject c = conflict.json.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("outcome")).toString(), QStringLiteral("conflict"));
        QCOMPARE(c.value(QStringLiteral("reason")).toString(), QStringLiteral("key_reused_with_different_body"));

        Reply known = get(QStringLiteral("/v1/transactions/") + a.value(QStringLiteral("key")).toString());
        QCOMPARE(known.status, 200);
        QCOMPARE(known.json.value(QStringLiteral("coreRef")).toString(), coreRef);
        Reply unknown = get(QStringLiteral("/v1/transactions/") + randomKey());
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
        QCOMPARE(get(QStringLiteral("/v1/transactions/NOTAKEY")).status, 400);
    }

    void referenceEtag_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"catalog", "bills", "avatar-scripts", "fx-rates"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void referenceEtag()
    {
        QFETCH(QString, name);
        Reply full = get(QStringLiteral("/v1/reference/") + name);
        QCOMPARE(full.status, 200);
        QCOMPARE(full.json.value(QStringLiteral("name")).toString(), name);
        const qint64 version = full.json.value(QStringLiteral("version")).toInteger();
        QVERIFY(version >= 1);
        QCOMPARE(full.etag, QByteArray("\"v" + QByteArray::number(version) + '"'));
        Reply same = get(QStringLiteral("/v1/reference/") + name, {{"If-None-Match", full.etag}});
        QCOMPARE(same.status, 304);
        QVERIFY(!same.date.isEmpty());
        QCOMPARE(get(QStringLiteral("/v1/reference/") + name, {{"If-None-Match", "\"v0\""}}).status, 200);
    }

    void malformedAndOversized_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"transactions\": [") << 400 << "json_syntax";
        QTest::newRow("duplicate member") << QByteArray("{\"transactions\":[],\"transactions\":[]}") << 400 << "json_duplicate_key";
        QTest::newRow("bad key") << batch({txObject(QStringLiteral("XYZ"), 1)}) << 400 << "key_invalid";
        QTest::newRow("4 MiB + 1") << QByteArray(4 * 1024 * 1024 + 1, ' ') << 413 << "body_too_large";
    }
    void malformedAndOversized()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, reason);
        Reply r = post(QStringLiteral("/v1/transactions/batch"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(QStringLiteral("reason")).toString(), reason);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(),
                 status == 400 ? QStringLiteral("bad_request") : QStringLiteral("payload_too_large"));
    }

    void badCredentials()
    {
        const QString secret = m_secret;
        m_secret = QString(43, u'A');
        Reply wrong = get(QStringLiteral("/v1/time"));
        m_secret = secret;
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json.value(QStringLiteral("error")).toString(), QStringLiteral("bad_credential"));
        m_deviceId = QStringLiteral("K999");
        Reply unknown = get(QStringLiteral("/v1/time"));
        m_deviceId = QStringLiteral("K001");
        QCOMPARE(unknown.status, 401);
        // Alike, so the API does not tell which device ids exist.
        QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(), QStringLiteral("bad_credential"));
        QCOMPARE(unknown.json.value(QStringLiteral("message")), wrong.json.value(QStringLiteral("message")));
    }

    void revokedDeviceGets401()
    {
        QCOMPARE(runCore({QStringLiteral("device"), QStringLiteral("revoke"), m_deviceId, QStringLiteral("--database"), db()}).exitCode, 0);
        Reply r = post(QStringLiteral("/v1/transactions/batch"), batch({txObject(randomKey(), 9)}));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("revoked_device"));
    }

    // The client trusts only the dev CA and checks validity: an expired core
    // certificate and one from an unrelated CA both fail the handshake.
    void clientRefusesBadCertificates_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<int>("expected");
        QTest::newRow("expired") << QStringLiteral("expired") << int(QSslError::CertificateExpired);
        QTest::newRow("other CA") << QStringLiteral("other") << int(QSslError::UnableToGetLocalIssuerCertificate);
    }
    void clientRefusesBadCertificates()
    {
        QFETCH(QString, cert);
        QFETCH(int, expected);
        ServeProcess bad;
        QVERIFY(bad.start(QStringList{QStringLiteral("--database"), m_dir.filePath(cert + QStringLiteral(".db"))}
                              + tlsArgs(m_dir.filePath(QStringLiteral("pki")), cert),
                          m_dir.filePath(cert + QStringLiteral(".log"))));
        Reply r = send("GET", bad.port(), QStringLiteral("/v1/time"));
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.sslErrors.contains(QSslError::SslError(expected)), qPrintable(QString::number(r.sslErrors.size())));
    }

    // Logs name routes, devices and counts, never payloads or secrets.
    void logHasNoPayloadOrSecret()
    {
        QFile log(m_dir.filePath(QStringLiteral("serve.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("/v1/transactions/batch"));
        QVERIFY(!text.contains("A-1"));    // payload account
        QVERIFY(!text.contains("R1"));     // receipt number
        QVERIFY(!text.contains(m_secret.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestCoreHttps)
#include "tst_corehttps.moc"
