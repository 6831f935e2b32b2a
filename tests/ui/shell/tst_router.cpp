#include "Router.h"

#include <QSignalSpy>
#include <QTest>

using branch::Router;

class tst_Router : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsARegisteredPage();
    void unknownRouteChangesNothing();
    void sameRouteBuildsANewPage();
    void laterPageReplacesEarlier();
    void partsFillSlots();
};

namespace {

QUrl page(const char *name)
{
    return QUrl(QStringLiteral("qrc:/Test/%1.qml").arg(QLatin1String(name)));
}

} // namespace

void tst_Router::showsARegisteredPage()
{
    Router router;
    QObject shell;
    QStringList entered;
    router.addPage(QStringLiteral("home"), {page("Home"), {}, [&] { entered << router.route(); }});
    router.addPage(QStringLiteral("staff"),
                   {page("Staff"), {{QStringLiteral("shell"), QVariant::fromValue(&shell)}}, {}});
    QCOMPARE(router.routes(), (QStringList{QStringLiteral("home"), QStringLiteral("staff")}));
    QVERIFY(router.route().isEmpty());
    QVERIFY(router.pageUrl().isEmpty());

    QSignalSpy changed(&router, &Router::pageChanged);
    QVERIFY(router.show(QStringLiteral("home")));
    QCOMPARE(changed.size(), 1);
    // The entry hook ran first, with the route already set.
    QCOMPARE(entered, QStringList{QStringLiteral("home")});
    QCOMPARE(router.pageUrl(), page("Home"));

    QVERIFY(router.show(QStringLiteral("staff")));
    QCOMPARE(router.route(), QStringLiteral("staff"));
    QCOMPARE(router.pageUrl(), page("Staff"));
    QCOMPARE(router.pageProperties().value(QStringLiteral("shell")).value<QObject *>(), &shell);
    QCOMPARE(entered.size(), 1);
}

void tst_Router::unknownRouteChangesNothing()
{
    Router router;
    router.addPage(QStringLiteral("home"), {page("Home"), {}, {}});
    QVERIFY(router.show(QStringLiteral("home")));
    QSignalSpy changed(&router, &Router::pageChanged);
    QTest::ignoreMessage(QtWarningMsg, "no page for route \"nowhere\"");
    QVERIFY(!router.show(QStringLiteral("nowhere")));
    QVERIFY(changed.isEmpty());
    QCOMPARE(router.route(), QStringLiteral("home"));
    QVERIFY(!router.hasRoute(QStringLiteral("nowhere")));
}

void tst_Router::sameRouteBuildsANewPage()
{
    Router router;
    int entered = 0;
    router.addPage(QStringLiteral("service"), {page("Service"), {}, [&] { ++entered; }});
    QSignalSpy changed(&router, &Router::pageChanged);
    QVERIFY(router.show(QStringLiteral("service")));
    QVERIFY(router.show(QStringLiteral("service")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(entered, 2);
}

void tst_Router::laterPageReplacesEarlier()
{
    Router router;
    router.addPage(QStringLiteral("home"), {page("Home"), {}, {}});
    router.addPage(QStringLiteral("home"), {page("NewHome"), {}, {}});
    QVERIFY(router.show(QStringLiteral("home")));
    QCOMPARE(router.pageUrl(), page("NewHome"));
    QCOMPARE(router.routes().size(), 1);
}

void tst_Router::partsFillSlots()
{
    Router router;
    QVERIFY(router.partUrl(QStringLiteral("topBarStatus")).isEmpty());
    router.addPart(QStringLiteral("topBarStatus"), page("Badge"), {{QStringLiteral("n"), 3}});
    QCOMPARE(router.partUrl(QStringLiteral("topBarStatus")), page("Badge"));
    QCOMPARE(router.partProperties(QStringLiteral("topBarStatus")).value(QStringLiteral("n")).toInt(), 3);
    // A part is not a page.
    QVERIFY(!router.hasRoute(QStringLiteral("topBarStatus")));
}

QTEST_GUILESS_MAIN(tst_Router)
#include "tst_router.moc"
