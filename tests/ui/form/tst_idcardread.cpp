#include "FormController.h"
#include "IdCardController.h"
#include "Kiosk.h"
#include "KioskDriver.h"
#include "KioskTestBackends.h"
#include "RecordingSpeech.h"
#include "SessionContext.h"
#include "ShellController.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "KioskQmlPlugins.h"

using branch::FormController;
using branch::Kiosk;

// A customer fills a form by laying the resident ID card on the reader (the
// simulator and its demo cards, as the kiosk starts by default): the name and
// number appear in their fields, an expired card is refused with its reason
// and fills nothing, and a holder of 65 or over is offered care mode. Chinese
// and English, normal and care mode, both screen sizes.
class tst_IdCardRead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cardFillsTheForm_data();
    void cardFillsTheForm();
    void expiredCardIsRefused_data();
    void expiredCardIsRefused();
    void elderlyHolderIsOfferedCareMode();
    void noReaderNoPanel();

private:
    void startKiosk(const QString &language, bool care, QSize size, const QString &reader = {});
    void openResidencePermit();
    void readCard(const QString &card);
    void checkVisible(const QString &objectName);

    QTemporaryDir m_dataDir;
    std::unique_ptr<Kiosk> m_kiosk;
    KioskDriver m_ui;
    int m_run = 0;
};

void tst_IdCardRead::startKiosk(const QString &language, bool care, QSize size, const QString &reader)
{
    m_kiosk.reset();
    QVERIFY(m_dataDir.isValid());
    branch::KioskOptions options;
    options.language = language;
    options.careMode = care;
    options.idCardReader = reader;
    options.databasePath = m_dataDir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(++m_run));
    options.devInsecureSecretsDir = m_dataDir.filePath(QStringLiteral("secrets"));
    // The demo cards are checked on this day: Li Si is 36, Zhang San 76, Wang Wu's card expired in 2025.
    branch::KioskBackends backends = kioskTestBackends(options, QDateTime(QDate(2026, 12, 6), QTime(10, 0)));
    m_kiosk = std::make_unique<Kiosk>(options, std::move(backends));
    QVERIFY(m_kiosk->load());
    m_kiosk->window()->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    m_ui.attach(m_kiosk->window());
    STEP(m_ui.settle());
}

void tst_IdCardRead::openResidencePermit()
{
    QVERIFY(m_kiosk->shell()->openService(QStringLiteral("civil.residence_permit")));
    STEP(m_ui.settle());
    STEP(m_ui.click(QStringLiteral("startServiceButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
}

void tst_IdCardRead::checkVisible(const QString &objectName)
{
    QQuickItem *item = m_ui.item(objectName);
    QVERIFY2(item && item->isVisible(), qPrintable(objectName));
    const QRectF area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRectF window(QPointF(0, 0), m_ui.window()->size());
    QVERIFY2(window.contains(area), qPrintable(objectName + QStringLiteral(" is off screen")));
}

// The customer taps "Read my ID card" and lays the card on the reader (the
// simulator's demo button).
void tst_IdCardRead::readCard(const QString &card)
{
    STEP(checkVisible(QStringLiteral("idCardReadButton")));
    STEP(m_ui.click(QStringLiteral("idCardReadButton")));
    QTRY_VERIFY(m_kiosk->idCard()->reading());
    STEP(m_ui.settle());
    STEP(checkVisible(QStringLiteral("idCardDemo_") + card));
    STEP(m_ui.click(QStringLiteral("idCardDemo_") + card));
    QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->idCard()->reading(), 10'000);
    STEP(m_ui.settle());
}

void tst_IdCardRead::cardFillsTheForm_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("care");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("filledWords");
    const QString zh = QStringLiteral("已根据您的身份证填写");
    const QString en = QStringLiteral("filled in from your ID card");
    QTest::newRow("zh_CN 1920") << "zh_CN" << false << QSize(1920, 1080) << zh;
    QTest::newRow("zh_CN 1280") << "zh_CN" << false << QSize(1280, 800) << zh;
    QTest::newRow("zh_CN care 1280") << "zh_CN" << true << QSize(1280, 800) << zh;
    QTest::newRow("en 1280") << "en" << false << QSize(1280, 800) << en;
    QTest::newRow("en care 1920") << "en" << true << QSize(1920, 1080) << en;
}

void tst_IdCardRead::cardFillsTheForm()
{
    QFETCH(QString, language);
    QFETCH(bool, care);
    QFETCH(QSize, size);
    QFETCH(QString, filledWords);
    STEP(startKiosk(language, care, size));
    STEP(openResidencePermit());
    STEP(readCard(QStringLiteral("li-si")));

    QVERIFY2(m_ui.text(QStringLiteral("idCardMessage")).contains(filledWords), qPrintable(m_ui.text(QStringLiteral("idCardMessage"))));
    const QJsonObject values = m_kiosk->flow()->values();
    QCOMPARE(values.value(QStringLiteral("name")).toString(), QStringLiteral("李四"));
    QCOMPARE(values.value(QStringLiteral("resident_id")).toString(), QStringLiteral("110101199006150025"));
    // On screen too: the name field shows the card's name, and no error.
    QQuickItem *name = m_ui.item(QStringLiteral("field_name"));
    QVERIFY(name);
    QCOMPARE(name->property("text").toString(), QStringLiteral("李四"));
    QVERIFY(!m_kiosk->idCard()->careOffered());
    STEP(m_ui.shoot(QStringLiteral("idcard-filled-%1%2-%3").arg(language, care ? QStringLiteral("-care") : QString()).arg(size.width())));
}

void tst_IdCardRead::expiredCardIsRefused_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("care");
    QTest::addColumn<QString>("reason");
    QTest::newRow("zh_CN") << "zh_CN" << false << QStringLiteral("已过期");
    QTest::newRow("en care") << "en" << true << QStringLiteral("has expired");
}

void tst_IdCardRead::expiredCardIsRefused()
{
    QFETCH(QString, language);
    QFETCH(bool, care);
    QFETCH(QString, reason);
    STEP(startKiosk(language, care, QSize(1280, 800)));
    STEP(openResidencePermit());
    STEP(readCard(QStringLiteral("wang-wu-expired")));
    QVERIFY(m_kiosk->idCard()->refused());
    STEP(checkVisible(QStringLiteral("idCardMessage")));
    QVERIFY2(m_ui.text(QStringLiteral("idCardMessage")).contains(reason), qPrintable(m_ui.text(QStringLiteral("idCardMessage"))));
    QVERIFY(m_kiosk->flow()->values().value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(m_kiosk->flow()->values().value(QStringLiteral("resident_id")).toString().isEmpty());
    STEP(m_ui.shoot(QStringLiteral("idcard-expired-%1%2").arg(language, care ? QStringLiteral("-care") : QString())));
    // A valid card after it still works.
    STEP(readCard(QStringLiteral("li-si")));
    QCOMPARE(m_kiosk->flow()->values().value(QStringLiteral("name")).toString(), QStringLiteral("李四"));
}

void tst_IdCardRead::elderlyHolderIsOfferedCareMode()
{
    STEP(startKiosk(QStringLiteral("zh_CN"), false, QSize(1920, 1080)));
    STEP(openResidencePermit());
    STEP(readCard(QStringLiteral("zhang-san")));
    QVERIFY(m_kiosk->idCard()->careOffered());
    STEP(checkVisible(QStringLiteral("careModeAcceptButton")));
    // Offered aloud too, although the kiosk is not in care mode.
    QVERIFY(m_kiosk->speechRecorder());
    QTRY_VERIFY(!m_kiosk->speechRecorder()->utterances().isEmpty());
    QVERIFY2(m_kiosk->speechRecorder()->utterances().constLast().text.contains(QStringLiteral("65")),
             qPrintable(m_kiosk->speechRecorder()->utterances().constLast().text));
    STEP(m_ui.shoot(QStringLiteral("idcard-care-offer")));
    STEP(m_ui.click(QStringLiteral("careModeAcceptButton")));
    QVERIFY(m_kiosk->context()->careMode());
    // The values stay: switching to care mode is not starting again.
    QCOMPARE(m_kiosk->flow()->values().value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
}

void tst_IdCardRead::noReaderNoPanel()
{
    STEP(startKiosk(QStringLiteral("zh_CN"), false, QSize(1280, 800), QStringLiteral("none")));
    STEP(openResidencePermit());
    QQuickItem *panel = m_ui.item(QStringLiteral("idCardPanel"));
    QVERIFY(!panel || !panel->isVisible());
}

QTEST_MAIN(tst_IdCardRead)
#include "tst_idcardread.moc"
