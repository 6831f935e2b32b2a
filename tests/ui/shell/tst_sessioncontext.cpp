#include "SessionContext.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using branch::SessionContext;
using branch::Translations;

// The customer's context drives the application's translator; a context of
// its own (a staff overlay) keeps its language to itself.
class tst_SessionContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsInTheDefaultLanguage();
    void unknownLanguageIsRefused();
    void customerContextSwitchesTheApplication();
    void overlayKeepsItsOwnLanguage();
    void careModeAndReset();
};

void tst_SessionContext::startsInTheDefaultLanguage()
{
    SessionContext context;
    QCOMPARE(context.language(), QStringLiteral("zh_CN"));
    QCOMPARE(context.locale().language(), QLocale::Chinese);
    QVERIFY(!context.careMode());
    QCOMPARE(context.translate("TopBar", "Home"), QStringLiteral("首页"));
}

void tst_SessionContext::unknownLanguageIsRefused()
{
    SessionContext context;
    QSignalSpy changed(&context, &SessionContext::languageChanged);
    QVERIFY(!context.setLanguage(QStringLiteral("fr")));
    QCOMPARE(context.language(), QStringLiteral("zh_CN"));
    QVERIFY(changed.isEmpty());
    QVERIFY(context.setLanguage(QStringLiteral("zh_CN")));
    QVERIFY(changed.isEmpty());
}

void tst_SessionContext::customerContextSwitchesTheApplication()
{
    Translations translations;
    SessionContext customer(&translations);
    QCOMPARE(translations.language(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("TopBar", "Home"), QStringLiteral("首页"));

    QSignalSpy changed(&customer, &SessionContext::languageChanged);
    QVERIFY(customer.setLanguage(QStringLiteral("en")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(translations.language(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("TopBar", "Home"), QStringLiteral("Home"));
    QCOMPARE(customer.locale().language(), QLocale::English);
}

void tst_SessionContext::overlayKeepsItsOwnLanguage()
{
    Translations translations;
    SessionContext customer(&translations);
    SessionContext staff;
    QVERIFY(staff.setLanguage(QStringLiteral("en")));

    // The customer's screen stays Chinese; the overlay reads English.
    QCOMPARE(translations.language(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("TopBar", "Home"), QStringLiteral("首页"));
    QCOMPARE(staff.translate("TopBar", "Home"), QStringLiteral("Home"));
    QCOMPARE(customer.translate("TopBar", "Home"), QStringLiteral("首页"));
    QCOMPARE(staff.locale().toString(1234567), QStringLiteral("1,234,567"));

    // And the other way round: the customer switches, the overlay does not follow.
    QVERIFY(customer.setLanguage(QStringLiteral("en")));
    QVERIFY(staff.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("TopBar", "Home"), QStringLiteral("Home"));
    QCOMPARE(staff.translate("TopBar", "Home"), QStringLiteral("首页"));
    // A string no catalogue has comes back as it was written.
    QCOMPARE(staff.translate("TopBar", "no such text"), QStringLiteral("no such text"));
}

void tst_SessionContext::careModeAndReset()
{
    SessionContext context;
    QSignalSpy care(&context, &SessionContext::careModeChanged);
    QSignalSpy language(&context, &SessionContext::languageChanged);
    context.setCareMode(true);
    context.setCareMode(true);
    QCOMPARE(care.size(), 1);
    QVERIFY(context.setLanguage(QStringLiteral("en")));

    context.reset();
    QVERIFY(!context.careMode());
    QCOMPARE(context.language(), QStringLiteral("zh_CN"));
    QCOMPARE(care.size(), 2);
    QCOMPARE(language.size(), 2);
}

QTEST_GUILESS_MAIN(tst_SessionContext)
#include "tst_sessioncontext.moc"
