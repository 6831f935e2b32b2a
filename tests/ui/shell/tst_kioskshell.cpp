#include "IdleWatcher.h"
#include "Kiosk.h"
#include "KioskTestBackends.h"
#include "KioskSession.h"
#include "MarkerTranslator.h"
#include "ShellController.h"
#include "Translations.h"

#include <QAccessible>
#include <QDir>
#include <QFont>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "KioskQmlPlugins.h"

using branch::Kiosk;
using branch::ShellController;

// The real Main.qml, driven by mouse clicks at the items' positions.
class tst_KioskShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsAtHomeInChinese();
    void languageSwitchRetranslatesLive();
    void careModeEnlargesEverything();
    void categoryAndBack();
    void unavailableActionsAreNotShown();
    void homeFitsOneScreen_data();
    void homeFitsOneScreen();
    void idleReturnsHomeAndClears();
    void idleWarningCanBeCancelled();
    void deepLinks();
    void fullScreenFillsTheScreen();
    void interactiveItemsAreNamed();
    void screenshots();

private:
    void start(const branch::KioskOptions &options = {});
    QQuickItem *item(const QString &objectName) const;
    void click(const QString &objectName);
    void settle();
    QString text(const QString &objectName) const;

    std::unique_ptr<MarkerTranslator> m_marker;
    QTemporaryDir m_dataDir;
    std::unique_ptr<Kiosk> m_kiosk;
    QQuickWindow *m_window = nullptr;
};

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

void collectItems(QQuickItem *root, QList<QQuickItem *> &out)
{
    out.append(root);
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        collectItems(child, out);
}

} // namespace

void tst_KioskShell::initTestCase()
{
    // Screenshots are for people: show them real text, not markers.
    if (qEnvironmentVariableIsEmpty("BRANCH_SCREENSHOT_DIR")) {
        m_marker = std::make_unique<MarkerTranslator>();
        QCoreApplication::installTranslator(m_marker.get());
    }
}

void tst_KioskShell::init()
{
    start();
}

void tst_KioskShell::cleanup()
{
    m_kiosk.reset();
    m_window = nullptr;
}

void tst_KioskShell::start(const branch::KioskOptions &options)
{
    m_kiosk.reset();
    branch::KioskOptions withStore = options;
    if (withStore.databasePath.isEmpty())
        withStore.databasePath = m_dataDir.filePath(QStringLiteral("kiosk.sqlite"));
    withStore.devInsecureSecretsDir = m_dataDir.filePath(QStringLiteral("secrets"));
    m_kiosk = std::make_unique<Kiosk>(withStore, kioskTestBackends(withStore));
    QVERIFY(m_kiosk->load());
    m_window = m_kiosk->window();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    settle();
}

QQuickItem *tst_KioskShell::item(const QString &objectName) const
{
    return findItem(m_window->contentItem(), objectName);
}

void tst_KioskShell::settle()
{
    // Positioners lay out on polish, which happens with the next frame.
    QSignalSpy frame(m_window, &QQuickWindow::frameSwapped);
    m_window->update();
    QVERIFY(frame.wait(2000));
}

void tst_KioskShell::click(const QString &objectName)
{
    settle();
    QQuickItem *target = item(objectName);
    QVERIFY2(target, qPrintable(objectName));
    QVERIFY2(target->isVisible(), qPrintable(objectName));
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QVERIFY2(m_window->contentItem()->contains(centre), qPrintable(objectName));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    settle();
}

QString tst_KioskShell::text(const QString &objectName) const
{
    QQuickItem *target = item(objectName);
    return target ? target->property("text").toString() : QStringLiteral("<missing %1>").arg(objectName);
}

void tst_KioskShell::startsAtHomeInChinese()
{
    QCOMPARE(m_kiosk->shell()->language(), QStringLiteral("zh_CN"));
    QVERIFY(item(QStringLiteral("homePage")));
    QVERIFY(!item(QStringLiteral("categoryPage")));
    QVERIFY(!item(QStringLiteral("banner"))->isVisible());
    QVERIFY(!item(QStringLiteral("idleOverlay"))->isVisible());
    QCOMPARE(text(QStringLiteral("languageSwitch")), QStringLiteral("English"));
    // Every category is on the home screen.
    for (const char *id : {"housing_fund", "elderly", "other_gov", "banking"})
        QVERIFY2(item(QStringLiteral("categoryTile_") + QLatin1String(id)), id);
}

void tst_KioskShell::languageSwitchRetranslatesLive()
{
    const QString zhHome = text(QStringLiteral("homeButton"));
    const QString zhTile = text(QStringLiteral("categoryLabel_housing_fund"));
    QCOMPARE(zhHome, QCoreApplication::translate("TopBar", "Home"));
    QCOMPARE(zhTile, QCoreApplication::translate("Categories", "Housing fund"));

    click(QStringLiteral("languageSwitch"));
    QCOMPARE(m_kiosk->shell()->language(), QStringLiteral("en"));
    QCOMPARE(text(QStringLiteral("languageSwitch")), QStringLiteral("中文"));
    const QString enHome = text(QStringLiteral("homeButton"));
    const QString enTile = text(QStringLiteral("categoryLabel_housing_fund"));
    QCOMPARE(enHome, QCoreApplication::translate("TopBar", "Home"));
    QCOMPARE(enTile, QCoreApplication::translate("Categories", "Housing fund"));
    QVERIFY2(zhHome != enHome, qPrintable(zhHome));
    QVERIFY2(zhTile != enTile, qPrintable(zhTile));

    // Once the lead's Chinese catalogue is in, check the real words too.
    QTranslator chinese;
    if (chinese.load(QStringLiteral(":/i18n/branchsuite_zh_CN.qm"))
        && !chinese.translate("TopBar", "Home").isEmpty()) {
        QCOMPARE(zhHome, QStringLiteral("首页"));
        QCOMPARE(enHome, QStringLiteral("Home"));
    }

    click(QStringLiteral("languageSwitch"));
    QCOMPARE(m_kiosk->shell()->language(), QStringLiteral("zh_CN"));
    QCOMPARE(text(QStringLiteral("homeButton")), zhHome);
}

void tst_KioskShell::careModeEnlargesEverything()
{
    const QStringList targets = {QStringLiteral("homeButton"), QStringLiteral("languageSwitch"),
                                 QStringLiteral("careModeSwitch"), QStringLiteral("categoryTile_housing_fund"),
                                 QStringLiteral("categoryTile_banking")};
    QHash<QString, qreal> before;
    for (const QString &name : targets)
        before.insert(name, item(name)->height());
    const int fontBefore = item(QStringLiteral("categoryLabel_housing_fund"))->property("font").value<QFont>().pixelSize();

    click(QStringLiteral("careModeSwitch"));
    QVERIFY(m_kiosk->shell()->careMode());
    QVERIFY(item(QStringLiteral("careModeSwitch"))->property("checked").toBool());
    // Care mode's home opens on its few large tiles; every service is one tap away.
    QVERIFY(item(QStringLiteral("careHome")));
    QVERIFY(!item(QStringLiteral("homeTitle"))->isVisible());
    click(QStringLiteral("careAllServices"));
    QVERIFY(!item(QStringLiteral("careHome")));
    for (const QString &name : targets) {
        const qreal height = item(name)->height();
        QVERIFY2(height >= 72, qPrintable(name));
        QVERIFY2(height > before.value(name), qPrintable(name));
    }
    const int fontAfter = item(QStringLiteral("categoryLabel_housing_fund"))->property("font").value<QFont>().pixelSize();
    QVERIFY2(fontAfter >= fontBefore * 1.4, qPrintable(QStringLiteral("%1 -> %2").arg(fontBefore).arg(fontAfter)));
    // The longer care-mode timeout follows the switch.
    QCOMPARE(m_kiosk->idle()->effectiveTimeout(), m_kiosk->idle()->timeout() * branch::IdleWatcher::kCareFactor);

    click(QStringLiteral("careModeSwitch"));
    QVERIFY(!m_kiosk->shell()->careMode());
    QCOMPARE(item(QStringLiteral("categoryTile_housing_fund"))->height(),
             before.value(QStringLiteral("categoryTile_housing_fund")));
}

void tst_KioskShell::categoryAndBack()
{
    click(QStringLiteral("categoryTile_social_security_card"));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::category);
    QVERIFY(item(QStringLiteral("categoryPage")));
    QVERIFY(!item(QStringLiteral("homePage")));
    QCOMPARE(text(QStringLiteral("categoryTitle")),
             QCoreApplication::translate("Categories", "Social security card"));
    // The catalog's services for the category, in place of the old empty state.
    QVERIFY(!item(QStringLiteral("categoryEmptyState"))->isVisible());
    QCOMPARE(item(QStringLiteral("serviceList"))->property("count").toInt(), 3);
    click(QStringLiteral("serviceItem_sscard.application"));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::service);
    QVERIFY(item(QStringLiteral("serviceDetailPage")));
    click(QStringLiteral("backButton"));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::category);

    click(QStringLiteral("backButton"));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::home);
    QVERIFY(item(QStringLiteral("homePage")));

    click(QStringLiteral("categoryTile_banking"));
    QCOMPARE(m_kiosk->shell()->categoryId(), QStringLiteral("banking"));
    click(QStringLiteral("homeButton"));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::home);
}

// "Take a ticket" and "Call staff" opened a page saying this kiosk cannot do
// them: their tiles are gone. A link that still names one gets the banner.
void tst_KioskShell::unavailableActionsAreNotShown()
{
    QVERIFY(!item(QStringLiteral("categoryTile_take_ticket")));
    QVERIFY(!item(QStringLiteral("categoryTile_call_staff")));
    m_kiosk->shell()->activate(QStringLiteral("take_ticket"));
    settle();
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::home);
    QVERIFY(item(QStringLiteral("banner"))->isVisible());
    QCOMPARE(text(QStringLiteral("bannerText")), m_kiosk->shell()->bannerText());
    click(QStringLiteral("bannerCloseButton"));
    QVERIFY(!item(QStringLiteral("banner"))->isVisible());
}

void tst_KioskShell::idleReturnsHomeAndClears()
{
    click(QStringLiteral("languageSwitch"));
    click(QStringLiteral("careModeSwitch"));
    click(QStringLiteral("careAllServices"));
    click(QStringLiteral("categoryTile_pension_employment"));
    QPointer<QQuickItem> page = item(QStringLiteral("categoryPage"));
    QVERIFY(page);
    QVERIFY(m_kiosk->idle()->isActive());

    QSignalSpy cleared(m_kiosk->session(), &branch::KioskSession::cleared);
    m_kiosk->idle()->setWarningTime(150);
    m_kiosk->idle()->setTimeout(200); // tripled in care mode
    QTRY_VERIFY_WITH_TIMEOUT(item(QStringLiteral("idleOverlay"))->isVisible(), 2000);
    QVERIFY(cleared.wait(2000));

    QCOMPARE(m_kiosk->session()->generation(), 1);
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::home);
    QCOMPARE(m_kiosk->shell()->language(), QStringLiteral("zh_CN"));
    QVERIFY(!m_kiosk->shell()->careMode());
    QVERIFY(!m_kiosk->idle()->isActive());
    settle();
    QVERIFY(!item(QStringLiteral("idleOverlay"))->isVisible());
    QVERIFY(item(QStringLiteral("homePage")));
    QTRY_VERIFY(page.isNull()); // the page and whatever was typed on it are gone
    QCOMPARE(text(QStringLiteral("homeButton")), QCoreApplication::translate("TopBar", "Home"));
}

void tst_KioskShell::idleWarningCanBeCancelled()
{
    click(QStringLiteral("categoryTile_health"));
    m_kiosk->idle()->setWarningTime(1500);
    m_kiosk->idle()->setTimeout(1600);
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->idle()->isWarning(), 2000);
    QCOMPARE(text(QStringLiteral("idleTitle")), QCoreApplication::translate("IdleOverlay", "Are you still there?"));
    click(QStringLiteral("idleContinueButton"));
    QVERIFY(!m_kiosk->idle()->isWarning());
    QVERIFY(!item(QStringLiteral("idleOverlay"))->isVisible());
    QCOMPARE(m_kiosk->shell()->categoryId(), QStringLiteral("health"));

    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->idle()->isWarning(), 2000);
    click(QStringLiteral("idleEndButton"));
    QCOMPARE(m_kiosk->session()->generation(), 1);
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::home);
}

void tst_KioskShell::deepLinks()
{
    branch::KioskOptions options;
    options.serviceId = QStringLiteral("hpf.balance_query");
    options.careMode = true;
    options.language = QStringLiteral("en");
    start(options);
    QCOMPARE(m_kiosk->shell()->language(), QStringLiteral("en"));
    QVERIFY(m_kiosk->shell()->careMode());
    QVERIFY(item(QStringLiteral("serviceDetailPage")));
    QCOMPARE(m_kiosk->shell()->serviceId(), QStringLiteral("hpf.balance_query"));
    QCOMPARE(text(QStringLiteral("pageTitle")), QStringLiteral("Housing fund balance"));
    QVERIFY(item(QStringLiteral("startServiceButton"))->isVisible());

    options = {};
    options.serviceId = QStringLiteral("no.such.service");
    start(options);
    QVERIFY(item(QStringLiteral("homePage")));
    QVERIFY(item(QStringLiteral("banner"))->isVisible());
    QVERIFY(text(QStringLiteral("bannerText")).contains(QStringLiteral("no.such.service")));
}

// A kiosk's bare X server has no window manager to resize a FullScreen window.
void tst_KioskShell::fullScreenFillsTheScreen()
{
    branch::KioskOptions options;
    options.fullScreen = true;
    start(options);
    const QSize screen = m_window->screen()->size();
    QVERIFY(screen != QSize(1280, 800));
    QCOMPARE(m_window->size(), screen);
    QCOMPARE(m_window->position(), QPoint(0, 0));
}

void tst_KioskShell::interactiveItemsAreNamed()
{
    m_kiosk->shell()->activate(QStringLiteral("take_ticket")); // show the banner too
    settle();
    QList<QQuickItem *> items;
    collectItems(m_window->contentItem(), items);
    int interactive = 0;
    for (QQuickItem *candidate : std::as_const(items)) {
        if (qstrcmp(candidate->metaObject()->className(), "QQuickMouseArea") != 0)
            continue;
        QQuickItem *control = candidate->parentItem();
        if (!control->isVisible() || control->objectName() == QLatin1String("idleOverlay"))
            continue;
        ++interactive;
        QVERIFY2(!control->objectName().isEmpty(), control->metaObject()->className());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        QVERIFY2(accessible, qPrintable(control->objectName()));
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(control->objectName()));
    }
    QVERIFY2(interactive >= 17, qPrintable(QString::number(interactive)));
}

// The home screen at a kiosk's 1920x1080, both modes, both languages: one
// screen, no scrolling, no label cut off, a pictogram of its own on every
// tile, and a search box that promises only typing. At 1280x800 the same is
// checked for labels and pictograms; whether it still scrolls is reported.
void tst_KioskShell::homeFitsOneScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("care");
    QTest::addColumn<QString>("language");
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
        for (const bool care : {false, true}) {
            for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")})
                QTest::addRow("%dx%d %s %s", size.width(), size.height(), care ? "care" : "normal",
                              qPrintable(language))
                    << size << care << language;
        }
    }
}

void tst_KioskShell::homeFitsOneScreen()
{
    QFETCH(QSize, size);
    QFETCH(bool, care);
    QFETCH(QString, language);
    // Real words, not test markers: their length is what has to fit.
    if (m_marker)
        QCoreApplication::removeTranslator(m_marker.get());
    branch::KioskOptions options;
    options.language = language;
    options.careMode = care;
    start(options);
    m_window->setWidth(size.width());
    m_window->setHeight(size.height());
    settle();
    settle();
    const QRectF screen(QPointF(0, 0), QSizeF(size));

    if (care) {
        // Care mode's own home: its few tiles, whole on screen, larger than the ordinary ones.
        QVERIFY(item(QStringLiteral("careHome")));
        QList<QQuickItem *> careItems;
        collectItems(item(QStringLiteral("careHome")), careItems);
        int careTiles = 0;
        for (QQuickItem *candidate : std::as_const(careItems)) {
            if (!candidate->objectName().startsWith(QStringLiteral("categoryTile_")))
                continue;
            ++careTiles;
            const QRectF rect = candidate->mapRectToScene(QRectF(0, 0, candidate->width(), candidate->height()));
            if (size == QSize(1920, 1080))
                QVERIFY2(screen.contains(rect), qPrintable(candidate->objectName()));
            QVERIFY2(candidate->height() >= 208, qPrintable(candidate->objectName()));
        }
        QCOMPARE(careTiles, 6);
        if (!qEnvironmentVariableIsEmpty("BRANCH_SCREENSHOT_DIR"))
            QVERIFY(m_window->grabWindow().save(QDir(qEnvironmentVariable("BRANCH_SCREENSHOT_DIR"))
                                                    .filePath(QStringLiteral("carehome-%1x%2-%3.png")
                                                                  .arg(size.width())
                                                                  .arg(size.height())
                                                                  .arg(language))));
        click(QStringLiteral("careAllServices"));
        settle();
    }

    QQuickItem *flick = item(QStringLiteral("homeFlickable"));
    QVERIFY(flick);
    const qreal overflow = flick->property("contentHeight").toReal() - flick->height();
    if (size == QSize(1920, 1080)) {
        QVERIFY2(overflow <= 1, qPrintable(QStringLiteral("scrolls by %1 px").arg(overflow)));
        QVERIFY(!item(QStringLiteral("homeScrollBar"))->isVisible());
    } else {
        qInfo("%dx%d: %s", size.width(), size.height(),
              overflow <= 1 ? "fits one screen" : qPrintable(QStringLiteral("scrolls by %1 px").arg(overflow)));
    }

    QList<QQuickItem *> items;
    collectItems(m_window->contentItem(), items);
    QSet<QString> icons;
    int tiles = 0;
    for (QQuickItem *candidate : std::as_const(items)) {
        if (!candidate->isVisible())
            continue;
        const QString name = candidate->objectName();
        // Nothing cut off: no elided text, on the home page or in the top bar.
        if (candidate->inherits("QQuickText") && candidate->property("truncated").toBool())
            QFAIL(qPrintable(QStringLiteral("cut off: %1 \"%2\"").arg(name, candidate->property("text").toString())));
        if (name.startsWith(QStringLiteral("categoryTile_"))) {
            ++tiles;
            if (overflow <= 1) {
                const QRectF rect = candidate->mapRectToScene(QRectF(0, 0, candidate->width(), candidate->height()));
                QVERIFY2(screen.contains(rect), qPrintable(name));
            }
        }
        if (name.startsWith(QStringLiteral("categoryIcon_"))) {
            QCOMPARE(candidate->property("status").toInt(), 1); // Image.Ready: the SVG is in the binary
            QVERIFY2(candidate->width() >= 24, qPrintable(name));
            icons.insert(candidate->property("source").toString());
        }
    }
    QCOMPARE(tiles, 14); // 12 livelihood, banking, and "scan my code"
    QCOMPARE(icons.size(), tiles); // every tile its own pictogram
    const QString placeholder = text(QStringLiteral("searchPlaceholder"));
    QVERIFY2(!placeholder.contains(QStringLiteral("say")) && !placeholder.contains(QStringLiteral("\u8BF4")),
             qPrintable(placeholder));
    if (!qEnvironmentVariableIsEmpty("BRANCH_SCREENSHOT_DIR"))
        QVERIFY(m_window->grabWindow().save(QDir(qEnvironmentVariable("BRANCH_SCREENSHOT_DIR"))
                                                .filePath(QStringLiteral("home-%1x%2-%3-%4.png")
                                                              .arg(size.width())
                                                              .arg(size.height())
                                                              .arg(care ? QStringLiteral("care") : QStringLiteral("normal"),
                                                                   language))));
    if (m_marker)
        QCoreApplication::installTranslator(m_marker.get());
}

void tst_KioskShell::screenshots()
{
    const QString dir = qEnvironmentVariable("BRANCH_SCREENSHOT_DIR");
    const auto shoot = [&](const QString &name) {
        settle();
        const QImage image = m_window->grabWindow();
        QCOMPARE(image.size(), QSize(1280, 800));
        if (!dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(name)));
    };
    shoot(QStringLiteral("home-normal.png"));
    click(QStringLiteral("careModeSwitch"));
    shoot(QStringLiteral("home-care.png"));
    click(QStringLiteral("languageSwitch"));
    shoot(QStringLiteral("home-care-en.png"));
    click(QStringLiteral("careAllServices"));
    shoot(QStringLiteral("home-care-all-en.png"));
    click(QStringLiteral("categoryTile_banking"));
    shoot(QStringLiteral("category-care-en.png"));
    click(QStringLiteral("careModeSwitch"));
    shoot(QStringLiteral("category-normal-en.png"));
}

QTEST_MAIN(tst_KioskShell)
#include "tst_kioskshell.moc"
