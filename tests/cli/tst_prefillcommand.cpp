// branchctl prefill read against a real branch-core on loopback: a phone
// posts a housing-fund prefill (no client certificate), the enrolled kiosk
// reads it by token text, by QR image and by short code; tampered and
// foreign codes are refused with their reasons; with core stopped, the
// offline token is opened with the branch key the kiosk kept in its keychain.
#include "CoreHarness.h"
#include "QrTestImages.h"
#include "../coreserver/PrefillSamples.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace branch;

class TestPrefillCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CoreRig> m_rig;

    QJsonObject postPrefill()
    {
        QNetworkAccessManager nam;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_rig->ca()));
        QNetworkRequest request(QUrl(m_rig->url() + QStringLiteral("/v1/prefills")));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("service"), QStringLiteral("hpf.deposit_registration")},
                                                          {QStringLiteral("language"), QStringLiteral("zh_CN")},
                                                          {QStringLiteral("values"), prefilltest::housingFundAnswers()}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = nam.post(request, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

    QJsonObject read(const QStringList &source, int *exitCode = nullptr)
    {
        const test::ToolRun r = m_rig->branchctl(QStringList{QStringLiteral("prefill"), QStringLiteral("read"),
                                                             QStringLiteral("--json"), QStringLiteral("--database"),
                                                             m_rig->kioskDb()}
                                                 + m_rig->secretArgs() + source);
        if (exitCode)
            *exitCode = r.exitCode;
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rig = std::make_unique<test::CoreRig>(m_dir.path());
        QVERIFY(m_rig->makePki());
        QVERIFY(m_rig->startCore(QStringLiteral("core"), {QStringLiteral("--branch"), QStringLiteral("BR001")}));
        QVERIFY(m_rig->enrol());
    }

    void readsByTextImageAndCode()
    {
        const QJsonObject issued = postPrefill();
        const QString token = issued.value(QStringLiteral("token")).toString();
        QVERIFY2(token.startsWith(u"ETB1."), QJsonDocument(issued).toJson().constData());

        int rc = -1;
        const QJsonObject byText = read({QStringLiteral("--text"), token}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(byText.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(byText.value(QStringLiteral("values")).toObject(), prefilltest::housingFundAnswers());
        QCOMPARE(byText.value(QStringLiteral("offline")).toBool(), false);
        const QJsonObject t = byText.value(QStringLiteral("token")).toObject();
        QCOMPARE(t.value(QStringLiteral("service")).toString(), QStringLiteral("hpf.deposit_registration"));
        QCOMPARE(t.value(QStringLiteral("branch")).toString(), QStringLiteral("BR001"));
        QCOMPARE(t.value(QStringLiteral("reference")).toString(), issued.value(QStringLiteral("reference")).toString());

        const QString png = m_dir.filePath(QStringLiteral("token.png"));
        QVERIFY(test::toQImage(test::qrImage(token, 6)).save(png));
        const QJsonObject byImage = read({QStringLiteral("--image"), png}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(byImage.value(QStringLiteral("values")).toObject(), prefilltest::housingFundAnswers());

        const QJsonObject byCode = read({QStringLiteral("--code"), issued.value(QStringLiteral("short_code")).toString()}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(byCode.value(QStringLiteral("reference")).toString(), issued.value(QStringLiteral("reference")).toString());
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("source");
        QTest::addColumn<QString>("reason");
        QTest::newRow("payment code") << QStringList{QStringLiteral("--text"), QStringLiteral("https://qr.alipay.com/x")}
                                      << "not_ours";
        QTest::newRow("newer version") << QStringList{QStringLiteral("--text"), QStringLiteral("ETB9.AAAA")}
                                       << "unsupported_version";
        QTest::newRow("garbled") << QStringList{QStringLiteral("--text"), QStringLiteral("ETB1.A1A1")} << "malformed";
        QTest::newRow("code typo") << QStringList{QStringLiteral("--code"), QStringLiteral("123456789")} << "malformed";
    }

    void refused()
    {
        QFETCH(QStringList, source);
        QFETCH(QString, reason);
        int rc = -1;
        const QJsonObject r = read(source, &rc);
        QCOMPARE(rc, 1);
        QCOMPARE(r.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(!r.value(QStringLiteral("message")).toString().isEmpty());
    }

    void alteredToken()
    {
        QString token = postPrefill().value(QStringLiteral("token")).toString();
        // One character of the signed part changed: still base32, no longer signed.
        token[20] = token.at(20) == u'A' ? u'B' : u'A';
        int rc = -1;
        QCOMPARE(read({QStringLiteral("--text"), token}, &rc).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("bad_signature"));
        QCOMPARE(rc, 1);
    }

    // Last: core is stopped.
    void offlineWithCoreStopped()
    {
        const QJsonObject issued = postPrefill();
        const QString offline = issued.value(QStringLiteral("offline_token")).toString();
        const QString online = issued.value(QStringLiteral("token")).toString();
        QVERIFY(offline.startsWith(u"ETB1."));
        m_rig->stopCore();
        int rc = -1;
        const QJsonObject r = read({QStringLiteral("--text"), offline}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(r.value(QStringLiteral("offline")).toBool(), true);
        QCOMPARE(r.value(QStringLiteral("values")).toObject(), prefilltest::housingFundAnswers());
        QCOMPARE(read({QStringLiteral("--text"), online}, &rc).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("core_unreachable"));
        QCOMPARE(rc, 1);
    }
};

QTEST_MAIN(TestPrefillCommand)
#include "tst_prefillcommand.moc"
