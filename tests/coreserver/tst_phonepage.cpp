// The phone page's routes on the real branch-core over loopback HTTPS, asked
// as a browser asks: no device certificate, no credential.
#include "CoreProcess.h"
#include "RawTlsClient.h"

#include <QEventLoop>
#include <QtEndian>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace coretest;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

} // namespace

class TestPhonePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServeProcess m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.port()).arg(path)));
        request.setSslConfiguration(m_tls); // the dev CA only, and no client certificate
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.json = QJsonDocument::fromJson(out.body).object();
        for (const auto &pair : reply->rawHeaderPairs())
            out.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return out;
    }

    Reply validate(const QJsonObject &request)
    {
        return send("POST", QStringLiteral("/v1/phone/services/hpf.deposit_registration/validate"),
                    QJsonDocument(request).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makePki(m_dir.filePath(QStringLiteral("pki"))));
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("pki/ca.pem"))));
        QVERIFY(m_server.start(QStringList{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("core.db"))}
                                   + tlsArgs(m_dir.filePath(QStringLiteral("pki"))),
                               m_dir.filePath(QStringLiteral("serve.log"))));
    }

    void staticFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("page") << QStringLiteral("/h5/") << QByteArray("text/html; charset=utf-8");
        QTest::newRow("index") << QStringLiteral("/h5/index.html") << QByteArray("text/html; charset=utf-8");
        QTest::newRow("script") << QStringLiteral("/h5/app.js") << QByteArray("text/javascript; charset=utf-8");
        QTest::newRow("style") << QStringLiteral("/h5/app.css") << QByteArray("text/css; charset=utf-8");
    }
    void staticFiles()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, type);
        const Reply file = send("GET", path);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.headers.value("content-type"), type);
        QVERIFY(!file.body.isEmpty());
        const QByteArray csp = file.headers.value("content-security-policy");
        QVERIFY(csp.contains("default-src 'none'"));
        QVERIFY(csp.contains("script-src 'self'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QVERIFY(!csp.contains("unsafe-eval"));
        QCOMPARE(file.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(file.headers.value("cache-control"), QByteArray("no-cache"));
        const QByteArray etag = file.headers.value("etag");
        QVERIFY(etag.startsWith('"'));
        const Reply again = send("GET", path, {}, {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
    }

    void pageHasNoInlineScript()
    {
        const Reply page = send("GET", QStringLiteral("/h5/"));
        QVERIFY(page.body.contains("<script defer src=\"app.js\"></script>"));
        QCOMPARE(page.body.count("<script"), 1);
        QVERIFY(!page.body.contains("style="));
    }

    void strangePathsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("redirect") << QStringLiteral("/h5") << 301;
        QTest::newRow("missing") << QStringLiteral("/h5/nope.js") << 404;
        QTest::newRow("double slash") << QStringLiteral("/h5//app.js") << 404;
        QTest::newRow("encoded traversal") << QStringLiteral("/h5/%2e%2e/index.html") << 404;
        QTest::newRow("bad service id") << QStringLiteral("/v1/phone/services/a%2Fb/schema") << 404;
        QTest::newRow("unknown service") << QStringLiteral("/v1/phone/services/no.such/schema") << 404;
    }
    void strangePathsAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        const Reply reply = send("GET", path);
        QCOMPARE(reply.status, status);
        if (status == 301)
            QCOMPARE(reply.headers.value("location"), QByteArray("/h5/"));
    }

    // Sent byte for byte: QNetworkAccessManager would resolve the dots first.
    void traversalIsRefused()
    {
        RawTlsClient client(m_tls.caCertificates());
        QVERIFY(client.connect(m_server.port()));
        QVERIFY(client.write("GET /h5/../h5/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        QCOMPARE(client.read().status, 404);
    }

    // A browser that accepts deflate gets the script compressed, and it
    // inflates to the very bytes served plain.
    void compressedWhenAccepted()
    {
        RawTlsClient plainClient(m_tls.caCertificates());
        QVERIFY(plainClient.connect(m_server.port()));
        QVERIFY(plainClient.write("GET /h5/app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        const RawResponse plain = plainClient.read();
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("Content-Encoding").isEmpty());
        RawTlsClient client(m_tls.caCertificates());
        QVERIFY(client.connect(m_server.port()));
        QVERIFY(client.write("GET /h5/app.js HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip, deflate, br\r\n\r\n"));
        const RawResponse packed = client.read();
        QCOMPARE(packed.status, 200);
        QCOMPARE(packed.header("Content-Encoding"), QByteArray("deflate"));
        QCOMPARE(packed.header("Vary"), QByteArray("Accept-Encoding"));
        QVERIFY(packed.body.size() < plain.body.size() / 2);
        QByteArray sized(4, '\0');
        qToBigEndian(quint32(plain.body.size()), sized.data());
        QCOMPARE(qUncompress(sized + packed.body), plain.body);
    }

    // The device API still wants its certificate and credential.
    void deviceRoutesStillNeedACertificate()
    {
        QCOMPARE(send("GET", QStringLiteral("/v1/time")).status, 401);
        QCOMPARE(send("GET", QStringLiteral("/v1/reference/catalog")).status, 401);
    }

    void servicesAndSchema()
    {
        const Reply services = send("GET", QStringLiteral("/v1/phone/services"));
        QCOMPARE(services.status, 200);
        QStringList ids;
        for (const QJsonValue &s : services.json.value(QStringLiteral("services")).toArray())
            ids.append(s[QStringLiteral("id")].toString());
        QVERIFY(ids.contains(QStringLiteral("hpf.deposit_registration")));
        const Reply schema = send("GET", QStringLiteral("/v1/phone/services/hpf.deposit_registration/schema"));
        QCOMPARE(schema.status, 200);
        const QJsonArray pages = schema.json.value(QStringLiteral("form"))[QStringLiteral("pages")].toArray();
        QCOMPARE(pages.size(), 2);
        const QJsonObject first = pages.at(0)[QStringLiteral("fields")].toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("careLabel"))[QStringLiteral("zh")].toString(), QStringLiteral("单位名称"));
        QCOMPARE(send("POST", QStringLiteral("/v1/phone/services"), "{}").status, 405);
    }

    void validation()
    {
        const Reply zh = validate({{QStringLiteral("language"), QStringLiteral("zh_CN")},
                                   {QStringLiteral("values"), QJsonObject{{QStringLiteral("resident_id"), QStringLiteral("110105194912310021")}}},
                                   {QStringLiteral("only"), QJsonArray{QStringLiteral("resident_id")}}});
        QCOMPARE(zh.status, 200);
        QCOMPARE(zh.json.value(QStringLiteral("valid")).toBool(), false);
        const QJsonObject error = zh.json.value(QStringLiteral("fields"))[QStringLiteral("resident_id")].toObject();
        QCOMPARE(error.value(QStringLiteral("reason")).toString(), QStringLiteral("checksum_mismatch"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("身份证")));
        const Reply en = validate({{QStringLiteral("language"), QStringLiteral("en")},
                                   {QStringLiteral("values"), QJsonObject{}}});
        QCOMPARE(en.status, 200);
        const QJsonObject required = en.json.value(QStringLiteral("fields"))[QStringLiteral("mobile")].toObject();
        QCOMPARE(required.value(QStringLiteral("reason")).toString(), QStringLiteral("required"));
        QVERIFY(required.value(QStringLiteral("message")).toString().contains(QStringLiteral("Mobile number")));
    }

    void badValidationRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("hello") << QByteArray("application/json") << 400 << "json_syntax";
        QTest::newRow("array") << QByteArray("[]") << QByteArray("application/json") << 400 << "not_an_object";
        QTest::newRow("language") << QByteArray(R"({"language":"fr","values":{}})") << QByteArray("application/json") << 400
                                  << "language_invalid";
        QTest::newRow("values") << QByteArray(R"({"values":[]})") << QByteArray("application/json") << 400 << "values_invalid";
        QTest::newRow("duplicate key") << QByteArray(R"({"values":{},"values":{}})") << QByteArray("application/json") << 400
                                       << "json_duplicate_key";
        QTest::newRow("form post") << QByteArray("a=b") << QByteArray("application/x-www-form-urlencoded") << 415
                                   << "content_type_invalid";
        QTest::newRow("too large") << QByteArray(20000, ' ') << QByteArray("application/json") << 413 << "";
    }
    void badValidationRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(int, status);
        QFETCH(QString, reason);
        const Reply reply = send("POST", QStringLiteral("/v1/phone/services/hpf.deposit_registration/validate"), body, type);
        QCOMPARE(reply.status, status);
        if (!reason.isEmpty())
            QCOMPARE(reply.json.value(QStringLiteral("reason")).toString(), reason);
    }

    // Last: it spends this address's budget.
    void rateLimited()
    {
        int status = 200;
        int sent = 0;
        while (status != 429 && sent < 200) {
            status = send("GET", QStringLiteral("/v1/phone/services")).status;
            ++sent;
        }
        QCOMPARE(status, 429);
        QVERIFY(sent <= 120);
        const Reply refused = send("GET", QStringLiteral("/h5/"));
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.headers.value("retry-after").toInt() >= 1);
        QCOMPARE(refused.json.value(QStringLiteral("reason")).toString(), QStringLiteral("phone_rate_limited"));
    }
};

QTEST_GUILESS_MAIN(TestPhonePage)
#include "tst_phonepage.moc"
