#include "FormController.h"
#include "Kiosk.h"
#include "KioskDriver.h"
#include "KioskTestBackends.h"
#include "OfflinePayload.h"
#include "PrefillKeyring.h"
#include "PrefillSamples.h"
#include "PrefillKeys.h"
#include "PrefillScanController.h"
#include "PrefillToken.h"
#include "QrTestImages.h"
#include "RecordingSpeech.h"
#include "SecretStoreFactory.h"
#include "ShellController.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "KioskQmlPlugins.h"

using branch::FormController;
using branch::Kiosk;

namespace {

const QString Service = QStringLiteral("hpf.deposit_registration");
const QString Branch = QStringLiteral("BR001");
const QDateTime Now(QDate(2026, 12, 6), QTime(10, 0));

} // namespace

// A customer who filled the housing-fund form on the phone shows its QR code
// at the kiosk: from the home tile, the camera (a folder of real QR frames,
// played as one) reads the offline token, and the form opens with the
// answers in it. Core is out of reach, as on a day the branch's link is down:
// the offline token opens with the branch key from the keychain. A code that
// is not ours is refused on the scan screen, which keeps scanning; a short
// code needs core, and says so. Chinese and English, normal and care mode,
// both screen sizes. In care mode the scan screen says what it shows (the
// recording voice): the form opened, the refusal, no camera.
class tst_PrefillScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scannedCodeOpensTheFilledForm_data();
    void scannedCodeOpensTheFilledForm();
    void foreignCodeIsRefused_data();
    void foreignCodeIsRefused();
    void shortCodeWithoutCoreIsRefused();
    void withoutCameraTheCodeIsTyped();

private:
    void startKiosk(const QString &language, bool care, QSize size, const QString &camera);
    QString frameFolder(const QString &name, const QString &token);
    QString token(const branch::TokenSigner &signer) const;

    QTemporaryDir m_dataDir;
    branch::TokenSigner m_signer = *branch::TokenSigner::generate();
    branch::BranchBoxKey m_branchKey = *branch::BranchBoxKey::generate();
    std::unique_ptr<Kiosk> m_kiosk;
    KioskDriver m_ui;
    int m_run = 0;
};

void tst_PrefillScan::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    // What the kiosk fetched from core on a good day, kept in its keychain.
    branch::SecretStoreOptions options;
    options.developmentDirectory = m_dataDir.filePath(QStringLiteral("secrets"));
    const branch::SecretStoreOpenResult secrets = branch::openSecretStore(options);
    QVERIFY(secrets.ok());
    const branch::PrefillKeyring keys =
        branch::PrefillKeyring::from(Branch, {m_signer.publicKey()}, m_branchKey.secretKey());
    QVERIFY(keys.save(*secrets.value()).ok());
}

QString tst_PrefillScan::token(const branch::TokenSigner &signer) const
{
    branch::PrefillToken t = branch::PrefillToken::create(Service, Branch, Now.addSecs(3600));
    t.sealedPayload = branch::OfflinePayload::seal(prefilltest::housingFundAnswers(), m_branchKey.publicKey());
    return branch::PrefillTokenCodec::encode(t, signer);
}

// A 1280x720 camera frame with the code in the middle, as a phone held up to the camera shows it.
QString tst_PrefillScan::frameFolder(const QString &name, const QString &text)
{
    const QString dir = m_dataDir.filePath(name);
    QDir().mkpath(dir);
    const cv::Mat code = branch::test::qrImage(text, 5);
    cv::Mat frame(720, 1280, CV_8U, cv::Scalar(235));
    code.copyTo(frame(cv::Rect((1280 - code.cols) / 2, (720 - code.rows) / 2, code.cols, code.rows)));
    const bool saved = branch::test::toQImage(frame).save(dir + QStringLiteral("/frame.png"));
    return saved ? dir : QString();
}

void tst_PrefillScan::startKiosk(const QString &language, bool care, QSize size, const QString &camera)
{
    m_kiosk.reset();
    branch::KioskOptions options;
    options.language = language;
    options.careMode = care;
    options.camera = camera;
    options.databasePath = m_dataDir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(++m_run));
    options.devInsecureSecretsDir = m_dataDir.filePath(QStringLiteral("secrets"));
    m_kiosk = std::make_unique<Kiosk>(options, kioskTestBackends(options, Now));
    QVERIFY(m_kiosk->load());
    m_kiosk->window()->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    m_ui.attach(m_kiosk->window());
    STEP(m_ui.settle());
}

void tst_PrefillScan::scannedCodeOpensTheFilledForm_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("care");
    QTest::addColumn<QSize>("size");
    QTest::newRow("zh normal 1920x1080") << QStringLiteral("zh_CN") << false << QSize(1920, 1080);
    QTest::newRow("en normal 1280x800") << QStringLiteral("en") << false << QSize(1280, 800);
    QTest::newRow("zh care 1280x800") << QStringLiteral("zh_CN") << true << QSize(1280, 800);
    QTest::newRow("en care 1920x1080") << QStringLiteral("en") << true << QSize(1920, 1080);
}

void tst_PrefillScan::scannedCodeOpensTheFilledForm()
{
    QFETCH(QString, language);
    QFETCH(bool, care);
    QFETCH(QSize, size);
    const QString camera = frameFolder(QStringLiteral("good"), token(m_signer));
    QVERIFY(!camera.isEmpty());
    STEP(startKiosk(language, care, size, camera));

    // The camera sees the code at once: the form opens, filled in from the phone.
    STEP(m_ui.clickTile(QStringLiteral("scan_prefill")));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->shell()->route(), QStringLiteral("form"), 15000);
    QCOMPARE(m_kiosk->shell()->serviceId(), Service);
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    QCOMPARE(m_kiosk->flow()->text(QStringLiteral("employee_name")), QStringLiteral("张伟"));
    QCOMPARE(m_kiosk->flow()->text(QStringLiteral("wage_base")), QStringLiteral("8000.00"));
    QCOMPARE(m_kiosk->flow()->text(QStringLiteral("employer_name")), QStringLiteral("北京市海淀区科技有限公司"));
    QCOMPARE(m_kiosk->flow()->prefillReference().size(), 32);
    QVERIFY(m_kiosk->flow()->fieldErrors().isEmpty());
    STEP(m_ui.settle());
    QQuickItem *notice = m_ui.item(QStringLiteral("prefilledNotice"));
    QVERIFY(notice && notice->isVisible());
    // The camera is off once the form is open.
    QVERIFY(!m_kiosk->prefillScan()->scanning());
    // Care mode says the code was read and the form filled in; otherwise the kiosk is quiet.
    const QStringList said = m_kiosk->speechRecorder()->texts();
    if (care) {
        QVERIFY(!said.isEmpty());
        QVERIFY2(said.constLast().contains(language == QLatin1String("en") ? QStringLiteral("from your phone")
                                                                             : QStringLiteral("手机")),
                 qPrintable(said.constLast()));
        QVERIFY(said.constLast().contains(m_kiosk->flow()->stepText().simplified()));
        QCOMPARE(m_kiosk->speechRecorder()->utterances().constLast().language, language);
    } else {
        QVERIFY2(said.isEmpty(), qPrintable(said.join(u'|')));
    }
    STEP(m_ui.settle());
    m_ui.shoot(QStringLiteral("prefill-form-%1-%2-%3").arg(language, care ? u"care" : u"normal").arg(size.width()));
}

void tst_PrefillScan::foreignCodeIsRefused_data()
{
    scannedCodeOpensTheFilledForm_data();
}

void tst_PrefillScan::foreignCodeIsRefused()
{
    QFETCH(QString, language);
    QFETCH(bool, care);
    QFETCH(QSize, size);
    // Signed by a key this kiosk never got from core: someone else's code.
    const branch::TokenSigner stranger = *branch::TokenSigner::generate();
    const QString camera = frameFolder(QStringLiteral("foreign"), token(stranger));
    STEP(startKiosk(language, care, size, camera));
    STEP(m_ui.clickTile(QStringLiteral("scan_prefill")));
    QCOMPARE(m_kiosk->shell()->route(), QStringLiteral("scan_prefill"));
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->prefillScan()->refused(), 15000);
    // The camera's picture is on the screen, beside the reason.
    QTRY_VERIFY(m_kiosk->prefillScan()->previewSequence() > 0);
    QQuickItem *preview = m_ui.item(QStringLiteral("prefillPreview"));
    QVERIFY(preview && preview->isVisible());
    QVERIFY(preview->width() >= size.width() / 3);
    QCOMPARE(m_kiosk->shell()->route(), QStringLiteral("scan_prefill"));
    QVERIFY(m_kiosk->prefillScan()->scanning()); // the customer may show another code
    QVERIFY(m_kiosk->flow()->prefillReference().isEmpty());
    STEP(m_ui.settle());
    QQuickItem *message = m_ui.item(QStringLiteral("prefillMessage"));
    QVERIFY(message);
    QCOMPARE(message->property("text").toString(), m_kiosk->prefillScan()->message());
    QVERIFY(!message->property("text").toString().isEmpty());
    // In care mode the refusal is said as it appears.
    const QStringList said = m_kiosk->speechRecorder()->texts();
    if (care) {
        QVERIFY(!said.isEmpty());
        QVERIFY2(said.constLast().endsWith(m_kiosk->prefillScan()->message().simplified()), qPrintable(said.constLast()));
    } else {
        QVERIFY2(said.isEmpty(), qPrintable(said.join(u'|')));
    }
    m_ui.shoot(QStringLiteral("prefill-refused-%1-%2-%3").arg(language, care ? u"care" : u"normal").arg(size.width()));

    // Back leaves the scan screen, and the camera stops.
    STEP(m_ui.click(QStringLiteral("backButton")));
    QCOMPARE(m_kiosk->shell()->route(), QStringLiteral("home"));
    QVERIFY(!m_kiosk->prefillScan()->scanning());
}

void tst_PrefillScan::shortCodeWithoutCoreIsRefused()
{
    STEP(startKiosk(QStringLiteral("en"), false, QSize(1280, 800), QStringLiteral("none")));
    STEP(m_ui.clickTile(QStringLiteral("scan_prefill")));
    STEP(m_ui.settle());
    QQuickItem *open = m_ui.item(QStringLiteral("prefillOpenButton"));
    QVERIFY(open);
    QVERIFY(!open->isEnabled()); // nothing typed yet
    // Nine digits as the phone shows them (with spaces) are complete; eight, or a letter, are not.
    branch::PrefillScanController *scan = m_kiosk->prefillScan();
    QVERIFY(scan->shortCodeComplete(QStringLiteral("123 456 789")));
    QVERIFY(!scan->shortCodeComplete(QStringLiteral("123 456 78")));
    QVERIFY(!scan->shortCodeComplete(QStringLiteral("12345678a")));
    STEP(m_ui.type(QStringLiteral("prefillCodeField"), QStringLiteral("123456789")));
    QTRY_VERIFY(open->isEnabled());
    STEP(m_ui.click(QStringLiteral("prefillOpenButton")));
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->prefillScan()->refused(), 10000);
    QCOMPARE(m_kiosk->shell()->route(), QStringLiteral("scan_prefill"));
    m_ui.shoot(QStringLiteral("prefill-shortcode-refused"));
}

void tst_PrefillScan::withoutCameraTheCodeIsTyped()
{
    STEP(startKiosk(QStringLiteral("zh_CN"), true, QSize(1280, 800), QStringLiteral("none")));
    STEP(m_ui.clickTile(QStringLiteral("scan_prefill")));
    STEP(m_ui.settle());
    QVERIFY(!m_kiosk->prefillScan()->cameraAvailable());
    QQuickItem *preview = m_ui.item(QStringLiteral("prefillPreview"));
    QVERIFY(!preview || !preview->isVisible());
    QQuickItem *field = m_ui.item(QStringLiteral("prefillCodeField"));
    QVERIFY(field && field->isVisible());
    // Care mode says there is no camera and the code is typed.
    const QStringList said = m_kiosk->speechRecorder()->texts();
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.constLast().endsWith(m_kiosk->prefillScan()->message().simplified()), qPrintable(said.constLast()));
    QVERIFY(said.constLast().contains(u'9'));
    m_ui.shoot(QStringLiteral("prefill-nocamera-care"));
}

QTEST_MAIN(tst_PrefillScan)
#include "tst_prefillscan.moc"
