// branchctl prefill read against a real branch-core on loopback: a phone
// posts a housing-fund prefill (no client certificate), the enrolled kiosk
// reads it by token text, by QR image and by short code; tampered and
// foreign codes are refused with their reasons; with core stopped, the
// offline token is opened with the branch key the kiosk kept in its keychain.
#include "CatalogLoader.h"
#include "CoreHarness.h"
#include "FieldInput.h"
#include "QrTestImages.h"
#include "../coreserver/PrefillSamples.h"

#include <QBuffer>
#include <QEventLoop>
#include <QImage>
#include <QFile>
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
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("service"), QStringLiteral("hpf.deposit_registration")},
                                                          {QStringLiteral("language"), QStringLiteral("zh_CN")},
                                                          {QStringLiteral("values"), prefilltest::housingFundAnswers()}})
                                    .toJson(QJsonDocument::Compact);
        return phonePost(QStringLiteral("/v1/prefills"), body, QByteArrayLiteral("application/json"));
    }

    // What the phone page sends: no client certificate.
    QJsonObject phonePost(const QString &path, const QByteArray &body, const QByteArray &contentType)
    {
        QNetworkAccessManager nam;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_rig->ca()));
        QNetworkRequest request(QUrl(m_rig->url() + path));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
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
        m_rig->setReferenceServices({QStringLiteral("hpf.deposit_registration")});
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

    // The kiosk finishes what the phone began: its submission names the
    // prefill, reaches core through the outbox, and core marks the prefill
    // used in the same write, so the code cannot be used again.
    void completingSubmissionUsesThePrefill()
    {
        const QJsonObject issued = postPrefill();
        const QString token = issued.value(QStringLiteral("token")).toString();
        // The phone photographs the labour contract.
        QImage contract(640, 480, QImage::Format_RGB32);
        contract.fill(Qt::white);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && contract.save(&buffer, "JPEG"));
        const QJsonObject photo = phonePost(QStringLiteral("/v1/prefills/%1/photos?document=contract_photo")
                                                .arg(issued.value(QStringLiteral("reference")).toString()),
                                            jpeg, QByteArrayLiteral("image/jpeg"));
        QVERIFY2(photo.value(QStringLiteral("photo")).toString().size() == 32, QJsonDocument(photo).toJson().constData());
        int rc = -1;
        const QJsonObject claimed = read({QStringLiteral("--text"), token}, &rc);
        QCOMPARE(rc, 0);
        const QString reference = claimed.value(QStringLiteral("reference")).toString();
        QCOMPARE(reference.size(), 32);

        // The answers as the kiosk's form turns them into values.
        const Catalog catalog = CatalogLoader::loadEmbedded().catalog;
        const ServiceDefinition *service = catalog.service(QStringLiteral("hpf.deposit_registration"));
        QVERIFY(service);
        QJsonObject values;
        const QJsonObject answers = claimed.value(QStringLiteral("values")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const FieldDefinition *field = service->form.field(it.key());
            QVERIFY2(field, qPrintable(it.key()));
            values.insert(it.key(), fieldinput::fromText(*field, it.value().toString()).value);
        }
        // The contract photographed on the phone is the contract's document.
        const QJsonArray photos = claimed.value(QStringLiteral("documents")).toArray();
        QCOMPARE(photos.size(), 1);
        const QJsonObject taken = photos.first().toObject();
        QCOMPARE(taken.value(QStringLiteral("document")).toString(), QStringLiteral("contract_photo"));
        values.insert(QStringLiteral("contract_photo"),
                      QJsonArray{QStringLiteral("prefill:photo:") + taken.value(QStringLiteral("photo")).toString()});
        QFile data(m_dir.filePath(QStringLiteral("completed.json")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QJsonDocument(values).toJson());
        data.close();

        const QStringList submit{QStringLiteral("submit"), QStringLiteral("hpf.deposit_registration"),
                                 QStringLiteral("--data"), data.fileName(), QStringLiteral("--database"),
                                 m_rig->kioskDb(), QStringLiteral("--kiosk-code"), QStringLiteral("K001"),
                                 QStringLiteral("--accept-warnings"), QStringLiteral("--json")};
        const test::ToolRun badReference = m_rig->branchctl(submit + m_rig->secretArgs()
                                                            + QStringList{QStringLiteral("--prefill"), QStringLiteral("XYZ")});
        QCOMPARE(badReference.exitCode, 2);
        const test::ToolRun stored = m_rig->branchctl(submit + m_rig->secretArgs()
                                                      + QStringList{QStringLiteral("--prefill"), reference});
        QVERIFY2(stored.exitCode == 0, (stored.out + stored.err).constData());
        const test::ToolRun sync = m_rig->branchctl(m_rig->syncArgs({QStringLiteral("--until-empty")}));
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QCOMPARE(QJsonDocument::fromJson(sync.out.trimmed().split('\n').last()).object().value(QStringLiteral("acknowledged")).toInt(), 1);

        const QJsonObject again = read({QStringLiteral("--text"), token}, &rc);
        QCOMPARE(rc, 1);
        QCOMPARE(again.value(QStringLiteral("reason")).toString(), QStringLiteral("already_used"));
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
