// The prefill API end to end over loopback HTTPS with the real branch-core:
// a phone (no client certificate) posts answers and a photo, the kiosk (its
// device certificate) fetches the keys and claims by token, a second claim
// elsewhere is in_use, the completing batch uses it up, and a replay is
// already_used. Photos are judged by their bytes; phones are rate-limited.
#include "CoreProcess.h"
#include "CoreTestData.h"
#include "DeviceKey.h"
#include "PrefillSamples.h"

#include <QBuffer>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace coretest;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
};

QByteArray jpeg()
{
    QImage image(200, 120, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

} // namespace

class TestCorePrefills : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServeProcess m_server;
    // One each: QNetworkAccessManager reuses a connection whatever the
    // request's TLS configuration, and the phone's have no certificate.
    QNetworkAccessManager m_phoneNam;
    QNetworkAccessManager m_kioskNam;
    QSslConfiguration m_phone;
    QSslConfiguration m_kiosk;
    QString m_deviceId = QStringLiteral("K001");
    QString m_secret;
    QJsonObject m_issued;

    QString db() const { return m_dir.filePath(QStringLiteral("core.db")); }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &type,
               bool kiosk)
    {
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.port()).arg(path)));
        request.setSslConfiguration(kiosk ? m_kiosk : m_phone);
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        if (kiosk)
            request.setRawHeader("Authorization", "Bearer " + (m_deviceId + u'.' + m_secret).toLatin1());
        QNetworkReply *reply = (kiosk ? m_kioskNam : m_phoneNam).sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied)
            qWarning("%s", qPrintable(reply->errorString()));
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    Reply phone(const QString &path, const QByteArray &body, const QByteArray &type = "application/json")
    {
        return send("POST", path, body, type, false);
    }
    Reply kiosk(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", true);
    }

    static QByteArray prefillBody(const QJsonObject &values)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("service"), QStringLiteral("hpf.deposit_registration")},
                                         {QStringLiteral("language"), QStringLiteral("en")},
                                         {QStringLiteral("values"), values}})
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString pki = m_dir.filePath(QStringLiteral("pki"));
        QVERIFY(makePki(pki));
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(pki + QStringLiteral("/ca.pem"));
        QCOMPARE(ca.size(), 1);
        m_phone = QSslConfiguration::defaultConfiguration();
        m_phone.setCaCertificates(ca);
        m_kiosk = m_phone;
        QVERIFY(m_server.start(QStringList{QStringLiteral("--database"), db(), QStringLiteral("--branch"),
                                           QStringLiteral("BR001")} + tlsArgs(pki),
                               m_dir.filePath(QStringLiteral("serve.log"))));
        QVERIFY(QFile::exists(db() + QStringLiteral(".prefill-key")));
        QCOMPARE(QFile::permissions(db() + QStringLiteral(".prefill-key")) & 0x0077, QFileDevice::Permissions());

        const Run added = runCore({QStringLiteral("device"), QStringLiteral("add"), m_deviceId, QStringLiteral("--json"),
                                   QStringLiteral("--database"), db()});
        QCOMPARE(added.exitCode, 0);
        const QString code = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("enrolmentCode")).toString();
        const branch::Result<branch::DeviceKeyRequest> key = branch::DeviceKey::generate(m_deviceId);
        QVERIFY(key.ok());
        const Reply enrolled = phone(QStringLiteral("/v1/devices/enroll"),
                                     QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), m_deviceId},
                                                               {QStringLiteral("enrolmentCode"), code},
                                                               {QStringLiteral("csr"), QString::fromLatin1(key.value().csrPem)}})
                                         .toJson(QJsonDocument::Compact));
        QCOMPARE(enrolled.status, 201);
        m_secret = enrolled.json.value(QStringLiteral("secret")).toString();
        m_kiosk.setLocalCertificate(QSslCertificate(enrolled.json.value(QStringLiteral("certificate")).toString().toLatin1()));
        m_kiosk.setPrivateKey(QSslKey(key.value().privateKeyPem, QSsl::Ec));
    }

    void phoneIssuesWithoutCertificate()
    {
        const Reply r = phone(QStringLiteral("/v1/prefills"), prefillBody(prefilltest::housingFundAnswers()));
        QCOMPARE(r.status, 201);
        m_issued = r.json;
        QVERIFY(r.json.value(QStringLiteral("token")).toString().startsWith(u"ETB1."));
        QCOMPARE(r.json.value(QStringLiteral("reference")).toString().size(), 32);
        QCOMPARE(r.json.value(QStringLiteral("short_code")).toString().size(), 9);
        QVERIFY(r.json.value(QStringLiteral("expires_at")).toString().endsWith(u'Z'));
        QVERIFY(r.json.value(QStringLiteral("offline_token")).toString().startsWith(u"ETB1."));
    }

    void phoneGetsFieldErrors()
    {
        QJsonObject values = prefilltest::housingFundAnswers();
        values.insert(QStringLiteral("wage_base"), QStringLiteral("100.00"));
        const Reply r = phone(QStringLiteral("/v1/prefills"), prefillBody(values));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid"));
        const QJsonObject wage = r.json.value(QStringLiteral("fields")).toObject().value(QStringLiteral("wage_base")).toObject();
        QCOMPARE(wage.value(QStringLiteral("reason")).toString(), QStringLiteral("too_small"));
        QVERIFY(!wage.value(QStringLiteral("message")).toString().isEmpty());
    }

    void photos_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("document");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("jpeg") << jpeg() << QByteArray("image/jpeg") << "contract_photo" << 201 << QString();
        QTest::newRow("text called jpeg") << QByteArray("not a photo") << QByteArray("image/jpeg") << "contract_photo"
                                          << 415 << "not_an_image";
        QTest::newRow("pdf type") << jpeg() << QByteArray("application/pdf") << "contract_photo" << 415
                                  << "unsupported_media_type";
        QTest::newRow("too large") << QByteArray(3 * 1024 * 1024, 'x') << QByteArray("image/png") << "contract_photo"
                                   << 413 << "payload_too_large";
        QTest::newRow("no such document") << jpeg() << QByteArray("image/jpeg") << "employee_name" << 422
                                          << "unknown_document";
    }

    void photos()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(QString, document);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QString reference = m_issued.value(QStringLiteral("reference")).toString();
        const Reply r = phone(QStringLiteral("/v1/prefills/%1/photos?document=%2").arg(reference, document), body, type);
        QVERIFY2(r.status == status, QJsonDocument(r.json).toJson().constData());
        if (status == 201)
            QCOMPARE(r.json.value(QStringLiteral("photo")).toString().size(), 32);
        else
            QCOMPARE(r.json.value(QStringLiteral("error")).toString(), error);
    }

    void kioskRoutesNeedCertificate()
    {
        QCOMPARE(send("POST", QStringLiteral("/v1/prefills/claim"), "{}", "application/json", false).status, 401);
        QCOMPARE(send("GET", QStringLiteral("/v1/prefills/keys"), {}, "application/json", false).status, 401);
    }

    void kioskClaims()
    {
        const Reply keys = kiosk("GET", QStringLiteral("/v1/prefills/keys"));
        QVERIFY2(keys.status == 200, QJsonDocument(keys.json).toJson().constData());
        QCOMPARE(keys.json.value(QStringLiteral("branch")).toString(), QStringLiteral("BR001"));
        QCOMPARE(keys.json.value(QStringLiteral("signing_keys")).toArray().size(), 1);

        const QString token = m_issued.value(QStringLiteral("token")).toString();
        const Reply claimed = kiosk("POST", QStringLiteral("/v1/prefills/claim"), {{QStringLiteral("token"), token}});
        QCOMPARE(claimed.status, 200);
        QCOMPARE(claimed.json.value(QStringLiteral("values")).toObject(), prefilltest::housingFundAnswers());
        const QJsonArray photos = claimed.json.value(QStringLiteral("photos")).toArray();
        QCOMPARE(photos.size(), 1);
        const QImage thumbnail = QImage::fromData(
            QByteArray::fromBase64(photos.first().toObject().value(QStringLiteral("thumbnail")).toString().toLatin1()));
        QVERIFY(!thumbnail.isNull());
        QVERIFY(thumbnail.width() <= 320);

        // Claimed: the phone's photos are closed.
        const QString reference = m_issued.value(QStringLiteral("reference")).toString();
        QCOMPARE(phone(QStringLiteral("/v1/prefills/%1/photos?document=contract_photo").arg(reference), jpeg(), "image/jpeg")
                     .status,
                 409);

        // The completing submission, relayed twice, uses it once.
        QJsonObject tx = txObject(randomKey(), 1);
        tx.insert(QStringLiteral("prefillReference"), reference);
        const QByteArray batch = QJsonDocument(QJsonObject{{QStringLiteral("transactions"), QJsonArray{tx}}})
                                     .toJson(QJsonDocument::Compact);
        QCOMPARE(send("POST", QStringLiteral("/v1/transactions/batch"), batch, "application/json", true).status, 200);
        QCOMPARE(send("POST", QStringLiteral("/v1/transactions/batch"), batch, "application/json", true).status, 200);
        const Reply again = kiosk("POST", QStringLiteral("/v1/prefills/claim"), {{QStringLiteral("token"), token}});
        QCOMPARE(again.status, 410);
        QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("already_used"));
        const Reply byCode = kiosk("POST", QStringLiteral("/v1/prefills/claim"),
                                   {{QStringLiteral("short_code"), m_issued.value(QStringLiteral("short_code")).toString()}});
        QCOMPARE(byCode.json.value(QStringLiteral("error")).toString(), QStringLiteral("already_used"));
    }

    void phonesAreRateLimited()
    {
        int limited = 0;
        for (int i = 0; i < 40 && limited == 0; ++i)
            limited = phone(QStringLiteral("/v1/prefills"), "{}").status == 429 ? 1 : 0;
        QCOMPARE(limited, 1);
    }
};

QTEST_MAIN(TestCorePrefills)
#include "tst_coreprefills.moc"
