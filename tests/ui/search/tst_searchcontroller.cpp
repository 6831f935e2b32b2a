#include "Catalog.h"
#include "CatalogLoader.h"
#include "MarkerTranslator.h"
#include "SearchController.h"
#include "SearchResultModel.h"
#include "Router.h"
#include "SessionContext.h"
#include "ShellController.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using branch::SearchController;
using branch::SearchResultModel;
using branch::ShellController;

// The search box's rules without a screen: what is found, what is said when
// nothing is, what a tapped result does, and that typing is debounced.
class tst_SearchController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void finds_data();
    void finds();
    void limitedToFive();
    void noMatchOffersStaff();
    void tooLongIsExplained();
    void emptyQuerySaysNothing();
    void debouncesTyping();
    void openingAServiceShowsItsDetails();
    void actionsDoWhatTheirTileDoes();
    void unknownIdsAreRefused();
    void followsLanguage();
    void leavingHomeForgetsQuery();

private:
    QString firstId() const;
    void search(const QString &text);

    branch::Catalog m_catalog;
    std::unique_ptr<MarkerTranslator> m_marker;
    std::unique_ptr<branch::Translations> m_translations;
    std::unique_ptr<branch::SessionContext> m_context;
    std::unique_ptr<branch::Router> m_router;
    std::unique_ptr<ShellController> m_shell;
    std::unique_ptr<SearchController> m_search;
};

namespace {
const char kNoMatch[] = "Nothing matched. Please try other words, or call a staff member.";
}

void tst_SearchController::initTestCase()
{
    const branch::CatalogLoadResult loaded = branch::CatalogLoader::loadEmbedded();
    QVERIFY2(loaded.ok(), qPrintable(branch::issueLines(loaded.issues).join(QLatin1Char('\n'))));
    m_catalog = loaded.catalog;
    m_marker = std::make_unique<MarkerTranslator>();
    QCoreApplication::installTranslator(m_marker.get());
}

void tst_SearchController::init()
{
    m_translations = std::make_unique<branch::Translations>();
    m_context = std::make_unique<branch::SessionContext>(m_translations.get());
    m_router = std::make_unique<branch::Router>();
    for (const QString &route : {branch::routes::home, branch::routes::category, branch::routes::service})
        m_router->addPage(route, {QUrl(QStringLiteral("qrc:/%1.qml").arg(route)), {}, {}});
    m_shell = std::make_unique<ShellController>(m_context.get(), m_router.get(), &m_catalog);
    m_shell->context()->setLanguage(QStringLiteral("en"));
    m_search = std::make_unique<SearchController>(&m_catalog, m_shell.get());
    new QAbstractItemModelTester(m_search->results(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_search.get());
}

void tst_SearchController::cleanup()
{
    m_search.reset();
    m_shell.reset();
    m_router.reset();
    m_context.reset();
    m_translations.reset();
}

QString tst_SearchController::firstId() const
{
    return m_search->results()->idAt(0);
}

void tst_SearchController::search(const QString &text)
{
    m_search->setQuery(text);
    m_search->searchNow();
}

void tst_SearchController::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("english") << QStringLiteral("pay water bill") << QStringLiteral("utility.water");
    QTest::newRow("chinese") << QStringLiteral("电费") << QStringLiteral("utility.electricity");
    QTest::newRow("pinyin") << QStringLiteral("dianfei") << QStringLiteral("utility.electricity");
    QTest::newRow("colloquial") << QStringLiteral("我想交电费") << QStringLiteral("utility.electricity");
}

void tst_SearchController::finds()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);

    search(query);
    QCOMPARE(firstId(), expected);
    QVERIFY(m_search->messageCode().isEmpty());
    QVERIFY(!m_search->canCallStaff());
    const QModelIndex top = m_search->results()->index(0);
    QCOMPARE(top.data(SearchResultModel::IdRole).toString(), expected);
    QCOMPARE(top.data(SearchResultModel::NameRole).toString(), m_catalog.service(expected)->name.en);
    QCOMPARE(top.data(SearchResultModel::CategoryRole).toString(), m_catalog.service(expected)->category);
    QVERIFY(!top.data(SearchResultModel::CategoryNameRole).toString().isEmpty());
    QVERIFY(top.data(SearchResultModel::ScoreRole).toDouble() > 0.0);
}

void tst_SearchController::limitedToFive()
{
    search(QStringLiteral("缴费"));
    QVERIFY(m_search->results()->rowCount() > 0);
    QVERIFY(m_search->results()->rowCount() <= SearchController::kMaxResults);
    double previous = 1e9;
    for (int row = 0; row < m_search->results()->rowCount(); ++row) {
        const double score = m_search->results()->index(row).data(SearchResultModel::ScoreRole).toDouble();
        QVERIFY(score <= previous);
        previous = score;
    }
}

void tst_SearchController::noMatchOffersStaff()
{
    QSignalSpy message(m_search.get(), &SearchController::messageChanged);
    search(QStringLiteral("xylophone"));
    QCOMPARE(m_search->results()->rowCount(), 0);
    QCOMPARE(m_search->messageCode(), QStringLiteral("no_match"));
    QCOMPARE(m_search->message(), QCoreApplication::translate("branch::SearchController", kNoMatch));
    QCOMPARE(message.size(), 1);
    // This kiosk cannot call staff yet: no button that leads nowhere.
    QVERIFY(!m_search->canCallStaff());
}

void tst_SearchController::tooLongIsExplained()
{
    search(QString(300, u'a'));
    QCOMPARE(m_search->messageCode(), QStringLiteral("query_too_long"));
    QVERIFY(!m_search->canCallStaff());
    // Translated by the search module, whose English text already exists.
    QVERIFY(m_search->message().contains(QLatin1String("That is too long")));
    QCOMPARE(m_search->results()->rowCount(), 0);
}

void tst_SearchController::emptyQuerySaysNothing()
{
    search(QStringLiteral("xylophone"));
    QVERIFY(!m_search->messageCode().isEmpty());
    search(QStringLiteral("   "));
    QVERIFY(m_search->messageCode().isEmpty());
    QVERIFY(m_search->message().isEmpty());
    QCOMPARE(m_search->results()->rowCount(), 0);
}

void tst_SearchController::debouncesTyping()
{
    m_search->setDebounceInterval(50);
    QSignalSpy searched(m_search.get(), &SearchController::searched);
    for (const QString &partial : {QStringLiteral("p"), QStringLiteral("pa"), QStringLiteral("pay water")}) {
        m_search->setQuery(partial);
        QVERIFY(m_search->pending());
    }
    QCOMPARE(searched.size(), 0);
    QVERIFY(searched.wait(2000));
    QTest::qWait(120);
    QCOMPARE(searched.size(), 1);
    QVERIFY(!m_search->pending());
    QCOMPARE(firstId(), QStringLiteral("utility.water"));
}

void tst_SearchController::openingAServiceShowsItsDetails()
{
    search(QStringLiteral("电费"));
    QVERIFY(m_search->open(firstId()));
    QCOMPARE(m_shell->route(), branch::routes::service);
    QCOMPARE(m_shell->serviceId(), QStringLiteral("utility.electricity"));
    QCOMPARE(m_shell->categoryId(), m_catalog.service(QStringLiteral("utility.electricity"))->category);
}

void tst_SearchController::actionsDoWhatTheirTileDoes()
{
    // "Take a ticket" does not work on this kiosk: not offered, not opened.
    QVERIFY(!m_search->open(QStringLiteral("action.take_ticket")));
    search(QStringLiteral("取号"));
    for (int row = 0; row < m_search->results()->rowCount(); ++row)
        QVERIFY(m_search->results()->idAt(row) != QLatin1String("action.take_ticket"));

    QVERIFY(!m_shell->careMode());
    QVERIFY(m_search->open(QStringLiteral("action.care_mode")));
    QVERIFY(m_shell->careMode());

    // No tile does this at this counter: it is neither offered nor opened.
    QVERIFY(!m_search->open(QStringLiteral("action.checkin_appointment")));
    search(QStringLiteral("预约签到"));
    for (int row = 0; row < m_search->results()->rowCount(); ++row)
        QVERIFY(m_search->results()->idAt(row) != QLatin1String("action.checkin_appointment"));
}

void tst_SearchController::unknownIdsAreRefused()
{
    QVERIFY(!m_search->open(QStringLiteral("no.such.service")));
    QVERIFY(!m_search->open(QString()));
    QCOMPARE(m_shell->route(), branch::routes::home);
}

void tst_SearchController::followsLanguage()
{
    search(QStringLiteral("xylophone"));
    const QString english = m_search->message();
    QSignalSpy message(m_search.get(), &SearchController::messageChanged);
    QVERIFY(m_shell->context()->setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(message.size(), 1);
    // Real Chinese, or the marker ("zh_CN:...") while the string is untranslated.
    QCOMPARE(m_search->message(), QCoreApplication::translate("branch::SearchController", kNoMatch));
    QVERIFY(m_search->message() != english);

    search(QStringLiteral("电费"));
    QCOMPARE(m_search->results()->index(0).data(SearchResultModel::NameRole).toString(),
             m_catalog.service(QStringLiteral("utility.electricity"))->name.zh);
    QSignalSpy changed(m_search->results(), &SearchResultModel::dataChanged);
    QVERIFY(m_shell->context()->setLanguage(QStringLiteral("en")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_search->results()->index(0).data(SearchResultModel::NameRole).toString(),
             m_catalog.service(QStringLiteral("utility.electricity"))->name.en);
}

void tst_SearchController::leavingHomeForgetsQuery()
{
    search(QStringLiteral("电费"));
    QVERIFY(m_search->results()->rowCount() > 0);
    QSignalSpy query(m_search.get(), &SearchController::queryChanged);
    QVERIFY(m_search->open(firstId()));
    QTRY_COMPARE(query.size(), 1);
    QVERIFY(m_search->query().isEmpty());
    QCOMPARE(m_search->results()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_SearchController)
#include "tst_searchcontroller.moc"
