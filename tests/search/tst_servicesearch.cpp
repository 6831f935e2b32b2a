#include "CatalogLoader.h"
#include "ServiceSearch.h"

#include <QTest>

using namespace branch;

class TestServiceSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badInputGivesNothing_data();
    void badInputGivesNothing();
    void findsTheBriefsExamples_data();
    void findsTheBriefsExamples();
    void rankingIsOrderedAndDeterministic();
    void limitIsRespected();
    void indexFollowsTheCatalog();
    void emptyCatalogFindsNothing();

private:
    ServiceSearch m_search;
};

void TestServiceSearch::initTestCase()
{
    const CatalogLoadResult loaded = CatalogLoader::loadEmbedded();
    QVERIFY2(loaded.ok(), qPrintable(issueLines(loaded.issues).join(QLatin1Char('\n'))));
    m_search.setCatalog(loaded.catalog);
    QCOMPARE(m_search.serviceCount(), loaded.catalog.size());
}

void TestServiceSearch::badInputGivesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // empty: searched, but nothing good enough
    QTest::newRow("empty") << QString() << QStringLiteral("empty_query");
    QTest::newRow("whitespace") << QStringLiteral("   \t  ") << QStringLiteral("empty_query");
    QTest::newRow("10k chars") << QString(10000, QChar(0x7535)) << QStringLiteral("query_too_long");
    QTest::newRow("emoji") << QStringLiteral("😀😀👍") << QStringLiteral("nothing_to_search");
    QTest::newRow("control") << QStringLiteral("\u0007\u001b[2J") << QStringLiteral("invalid_characters");
    QTest::newRow("control inside words") << QStringLiteral("交电费\u0000") << QStringLiteral("invalid_characters");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE services; --") << QString();
    QTest::newRow("sql or") << QStringLiteral("\" OR 1=1 --") << QStringLiteral("nothing_to_search");
    QTest::newRow("html") << QStringLiteral("<script>alert(1)</script>") << QString();
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QStringLiteral("nothing_to_search");
    QTest::newRow("generic chinese") << QStringLiteral("我想问一下") << QString();
    QTest::newRow("latin noise") << QStringLiteral("qwxz zzzz") << QString();
}

void TestServiceSearch::badInputGivesNothing()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const SearchResult result = m_search.search(text);
    QCOMPARE(result.reason, reason);
    QVERIFY2(result.hits.isEmpty(), qPrintable(result.hits.value(0).id));
    QCOMPARE(result.ok(), reason.isEmpty());
}

void TestServiceSearch::findsTheBriefsExamples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::newRow("colloquial") << QStringLiteral("我想交电费") << QStringLiteral("utility.electricity");
    QTest::newRow("balance") << QStringLiteral("帮我查一下公积金还有多少钱") << QStringLiteral("hpf.balance_query");
    QTest::newRow("tuition") << QStringLiteral("孩子学费怎么交") << QStringLiteral("edu.tuition");
    QTest::newRow("canteen") << QStringLiteral("老人吃饭登记") << QStringLiteral("elder.canteen_enrollment");
    QTest::newRow("abbreviation") << QStringLiteral("医保") << QStringLiteral("medins.enrollment");
    QTest::newRow("homophone") << QStringLiteral("公基金") << QStringLiteral("hpf.deposit_registration");
    QTest::newRow("homophone 2") << QStringLiteral("医宝") << QStringLiteral("medins.enrollment");
    QTest::newRow("typo") << QStringLiteral("电废") << QStringLiteral("utility.electricity");
    QTest::newRow("pinyin") << QStringLiteral("gongjijin") << QStringLiteral("hpf.deposit_registration");
    QTest::newRow("pinyin spaced") << QStringLiteral("dian fei") << QStringLiteral("utility.electricity");
    QTest::newRow("pinyin yibao") << QStringLiteral("yibao") << QStringLiteral("medins.enrollment");
    QTest::newRow("initials") << QStringLiteral("gjj") << QStringLiteral("hpf.deposit_registration");
    QTest::newRow("english") << QStringLiteral("pay electricity bill") << QStringLiteral("utility.electricity");
    QTest::newRow("english account") << QStringLiteral("open a bank account") << QStringLiteral("bank.account_open");
    QTest::newRow("english fx") << QStringLiteral("exchange dollars") << QStringLiteral("bank.fx_exchange");
    QTest::newRow("full width") << QStringLiteral("ＥＴＣ") << QStringLiteral("traffic.etc_application");
}

void TestServiceSearch::findsTheBriefsExamples()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    const SearchResult result = m_search.search(text);
    QVERIFY(result.ok());
    QVERIFY2(!result.hits.isEmpty(), "no result");
    QCOMPARE(result.hits.first().id, id);
}

void TestServiceSearch::rankingIsOrderedAndDeterministic()
{
    const SearchResult first = m_search.search(u"公积金", 10);
    QVERIFY(first.hits.size() >= 3);
    for (qsizetype i = 1; i < first.hits.size(); ++i) {
        const SearchHit &a = first.hits[i - 1];
        const SearchHit &b = first.hits[i];
        QVERIFY(a.score > b.score || (a.score == b.score && a.id < b.id));
        QVERIFY(b.score >= ServiceSearch::kMinScore);
    }
    for (int run = 0; run < 5; ++run)
        QCOMPARE(m_search.search(u"公积金", 10).hits, first.hits);
}

void TestServiceSearch::limitIsRespected()
{
    QCOMPARE(m_search.search(u"缴费", 2).hits.size(), 2);
    QVERIFY(m_search.search(u"缴费", 0).hits.isEmpty());
}

void TestServiceSearch::indexFollowsTheCatalog()
{
    Catalog catalog;
    catalog.setCategories({{QStringLiteral("misc"), QStringLiteral("g"),
                            {QStringLiteral("杂项"), QStringLiteral("Misc")}}});
    ServiceDefinition a;
    a.id = QStringLiteral("test.lantern");
    a.category = QStringLiteral("misc");
    a.name = {QStringLiteral("灯笼登记"), QStringLiteral("Lantern registration")};
    a.keywords.zh = {QStringLiteral("挂灯笼")};
    ServiceDefinition b = a;
    b.id = QStringLiteral("test.kite");
    b.name = {QStringLiteral("风筝登记"), QStringLiteral("Kite registration")};
    b.keywords.zh = {QStringLiteral("放风筝")};
    QVERIFY(catalog.addService(a));
    QVERIFY(catalog.addService(b));

    const ServiceSearch search(catalog);
    QCOMPARE(search.search(u"我想放风筝").hits.value(0).id, QStringLiteral("test.kite"));
    QCOMPARE(search.search(u"denglong").hits.value(0).id, QStringLiteral("test.lantern"));
    QCOMPARE(search.search(u"kites").hits.value(0).id, QStringLiteral("test.kite"));
    QVERIFY(search.search(u"电费").hits.isEmpty());
}

void TestServiceSearch::emptyCatalogFindsNothing()
{
    const ServiceSearch search;
    const SearchResult result = search.search(u"电费");
    QVERIFY(result.ok());
    QVERIFY(result.hits.isEmpty());
}

QTEST_GUILESS_MAIN(TestServiceSearch)
#include "tst_servicesearch.moc"
