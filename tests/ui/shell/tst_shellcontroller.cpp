#include "Catalog.h"
#include "CatalogLoader.h"
#include "Router.h"
#include "SessionContext.h"
#include "ShellController.h"
#include "Translations.h"

#include <QSignalSpy>
#include <QTest>

using branch::ShellController;
using branch::Translations;

class tst_ShellController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsUntouched();
    void opensCategoriesOnly();
    void actionsAnswerWithBanner();
    void deepLink_data();
    void deepLink();
    void serviceRouteAndBack();
    void routerFollowsTheRoute();
    void openPlainRoutes();
    void languageSwitch();
    void resetRestoresDefaults();

private:
    Translations *m_translations = nullptr;
    branch::SessionContext *m_context = nullptr;
    branch::Router *m_router = nullptr;
    ShellController *m_shell = nullptr;
    branch::Catalog m_catalog;
};

void tst_ShellController::initTestCase()
{
    const branch::CatalogLoadResult loaded = branch::CatalogLoader::loadEmbedded();
    QVERIFY2(loaded.ok(), qPrintable(branch::issueLines(loaded.issues).join(QLatin1Char('\n'))));
    m_catalog = loaded.catalog;
}

void tst_ShellController::init()
{
    m_translations = new Translations(this);
    m_context = new branch::SessionContext(m_translations, this);
    m_router = new branch::Router(this);
    for (const QString &route : {branch::routes::home, branch::routes::category, branch::routes::service,
                                 branch::routes::form, branch::routes::staff})
        m_router->addPage(route, {QUrl(QStringLiteral("qrc:/%1.qml").arg(route)), {}, {}});
    m_shell = new ShellController(m_context, m_router, &m_catalog, this);
    m_shell->context()->setLanguage(Translations::defaultLanguage());
}

void tst_ShellController::cleanup()
{
    delete m_shell;
    delete m_router;
    delete m_context;
    delete m_translations;
}

void tst_ShellController::startsUntouched()
{
    QCOMPARE(m_shell->language(), QStringLiteral("zh_CN"));
    QCOMPARE(m_shell->route(), branch::routes::home);
    QVERIFY(!m_shell->careMode());
    QVERIFY(!m_shell->sessionActive());
    QVERIFY(m_shell->bannerText().isEmpty());
}

void tst_ShellController::opensCategoriesOnly()
{
    QSignalSpy route(m_shell, &ShellController::routeChanged);
    QSignalSpy active(m_shell, &ShellController::sessionActiveChanged);
    QVERIFY(m_shell->openCategory(QStringLiteral("medical_insurance")));
    QCOMPARE(m_shell->route(), branch::routes::category);
    QCOMPARE(m_shell->categoryId(), QStringLiteral("medical_insurance"));
    QCOMPARE(m_shell->categoryName(), QStringLiteral("医疗保险")); // the default language is Chinese
    QCOMPARE(route.size(), 1);
    QVERIFY(m_shell->sessionActive());
    QCOMPARE(active.size(), 1);
    m_shell->context()->setLanguage(QStringLiteral("en"));
    QCOMPARE(m_shell->categoryName(), QStringLiteral("Medical insurance"));
    m_shell->context()->setLanguage(Translations::defaultLanguage());

    QVERIFY(!m_shell->openCategory(QStringLiteral("take_ticket")));
    QVERIFY(!m_shell->openCategory(QStringLiteral("no_such_category")));
    QCOMPARE(m_shell->categoryId(), QStringLiteral("medical_insurance"));

    m_shell->goHome();
    QCOMPARE(m_shell->route(), branch::routes::home);
    QVERIFY(m_shell->categoryName().isEmpty());
    QVERIFY(!m_shell->sessionActive());
}

void tst_ShellController::actionsAnswerWithBanner()
{
    m_shell->activate(QStringLiteral("call_staff"));
    QCOMPARE(m_shell->route(), branch::routes::home);
    QCOMPARE(m_shell->bannerCode(), QStringLiteral("not_available"));
    QVERIFY(!m_shell->bannerText().isEmpty());
    QVERIFY(m_shell->sessionActive());
    m_shell->dismissBanner();
    QVERIFY(m_shell->bannerText().isEmpty());
    QVERIFY(!m_shell->sessionActive());

    m_shell->activate(QStringLiteral("banking"));
    QCOMPARE(m_shell->route(), branch::routes::category);
}

void tst_ShellController::deepLink_data()
{
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("category");
    QTest::newRow("housing fund") << QStringLiteral("hpf.withdrawal") << true << QStringLiteral("housing_fund");
    QTest::newRow("banking") << QStringLiteral("bank.account_open") << true << QStringLiteral("banking");
    QTest::newRow("start-up") << QStringLiteral("startup.subsidy") << true << QStringLiteral("business_startup");
    QTest::newRow("other") << QStringLiteral("ecny.wallet_open") << true << QStringLiteral("other_gov");
    QTest::newRow("kiosk action is not a service") << QStringLiteral("action.take_ticket") << false << QString();
    QTest::newRow("old placeholder id") << QStringLiteral("banking.open_account") << false << QString();
    QTest::newRow("unknown") << QStringLiteral("lottery.win") << false << QString();
    QTest::newRow("category id is not a service") << QStringLiteral("banking") << false << QString();
    QTest::newRow("case matters") << QStringLiteral("BANK.ACCOUNT_OPEN") << false << QString();
}

void tst_ShellController::deepLink()
{
    QFETCH(QString, serviceId);
    QFETCH(bool, found);
    QFETCH(QString, category);
    QCOMPARE(m_shell->openService(serviceId), found);
    QCOMPARE(m_shell->categoryId(), category);
    if (found) {
        QCOMPARE(m_shell->route(), branch::routes::service);
        QCOMPARE(m_shell->serviceId(), serviceId);
        QVERIFY(m_shell->bannerCode().isEmpty());
    } else {
        QCOMPARE(m_shell->route(), branch::routes::home);
        QCOMPARE(m_shell->bannerCode(), QStringLiteral("service_not_found"));
        QVERIFY(m_shell->bannerText().contains(serviceId));
    }
}

void tst_ShellController::serviceRouteAndBack()
{
    QVERIFY(m_shell->openCategory(QStringLiteral("utilities")));
    QCOMPARE(m_shell->services()->categoryId(), QStringLiteral("utilities"));
    QCOMPARE(m_shell->services()->rowCount(), 7);
    QVERIFY(!m_shell->startService()); // nothing chosen yet

    QVERIFY(m_shell->openService(QStringLiteral("utility.electricity")));
    QVERIFY(m_shell->startService());
    QCOMPARE(m_shell->route(), branch::routes::form);
    m_shell->back();
    QCOMPARE(m_shell->route(), branch::routes::service);
    m_shell->back();
    QCOMPARE(m_shell->route(), branch::routes::category);
    QCOMPARE(m_shell->categoryId(), QStringLiteral("utilities"));
    QVERIFY(m_shell->serviceId().isEmpty());
    m_shell->back();
    QCOMPARE(m_shell->route(), branch::routes::home);

    // A pure query has nothing to fill in: no form to start.
    QVERIFY(m_shell->openService(QStringLiteral("bank.balance_inquiry")));
    QVERIFY(!m_shell->startService());
    QCOMPARE(m_shell->route(), branch::routes::service);
}

void tst_ShellController::routerFollowsTheRoute()
{
    QSignalSpy pages(m_router, &branch::Router::pageChanged);
    QVERIFY(m_shell->openService(QStringLiteral("utility.electricity")));
    QCOMPARE(m_router->route(), branch::routes::service);
    QVERIFY(m_shell->startService());
    QCOMPARE(m_router->route(), branch::routes::form);
    QCOMPARE(m_router->pageUrl(), QUrl(QStringLiteral("qrc:/form.qml")));
    QCOMPARE(pages.size(), 2);
    // A language switch rewords the page; it does not rebuild it.
    QVERIFY(m_context->setLanguage(QStringLiteral("en")));
    QCOMPARE(pages.size(), 2);
}

void tst_ShellController::openPlainRoutes()
{
    QVERIFY(m_shell->openService(QStringLiteral("bogus.service")) == false);
    QVERIFY(!m_shell->bannerCode().isEmpty());
    QVERIFY(m_shell->open(branch::routes::staff));
    QCOMPARE(m_shell->route(), branch::routes::staff);
    QVERIFY(m_shell->bannerCode().isEmpty());
    // Routes with a category or a service have their own entry points, which check them.
    QVERIFY(!m_shell->open(branch::routes::service));
    QVERIFY(!m_shell->open(branch::routes::form));
    QVERIFY(!m_shell->open(branch::routes::category));
    QVERIFY(!m_shell->open(QStringLiteral("nowhere")));
    QCOMPARE(m_shell->route(), branch::routes::staff);
    m_shell->back();
    QCOMPARE(m_shell->route(), branch::routes::home);
}

void tst_ShellController::languageSwitch()
{
    QSignalSpy language(m_shell, &ShellController::languageChanged);
    QSignalSpy route(m_shell, &ShellController::routeChanged);
    QVERIFY(m_shell->context()->setLanguage(QStringLiteral("en")));
    QCOMPARE(m_shell->language(), QStringLiteral("en"));
    QCOMPARE(language.size(), 1);
    QCOMPARE(route.size(), 1); // the category title is translated when read
    QVERIFY(m_shell->sessionActive());

    QVERIFY(!m_shell->context()->setLanguage(QStringLiteral("fr")));
    QCOMPARE(m_shell->language(), QStringLiteral("en"));
    QCOMPARE(language.size(), 1);
}

void tst_ShellController::resetRestoresDefaults()
{
    m_shell->context()->setLanguage(QStringLiteral("en"));
    m_shell->context()->setCareMode(true);
    m_shell->openCategory(QStringLiteral("traffic"));
    m_shell->openService(QStringLiteral("unknown.service"));
    QVERIFY(m_shell->sessionActive());

    QSignalSpy active(m_shell, &ShellController::sessionActiveChanged);
    m_shell->reset();
    QCOMPARE(m_shell->language(), QStringLiteral("zh_CN"));
    QVERIFY(!m_shell->careMode());
    QCOMPARE(m_shell->route(), branch::routes::home);
    QVERIFY(m_shell->bannerCode().isEmpty());
    QVERIFY(!m_shell->sessionActive());
    QCOMPARE(active.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ShellController)
#include "tst_shellcontroller.moc"
