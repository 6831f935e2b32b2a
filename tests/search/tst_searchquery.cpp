#include "SearchLexicon.h"
#include "SearchQuery.h"

#include <QTest>

using namespace branch;

namespace {

QString segmentText(const QuerySegment &segment)
{
    QString out;
    for (const Unit &u : segment.units) {
        if (u.isHanzi()) {
            const char32_t c = u.hanzi;
            out += QString::fromUcs4(&c, 1);
        } else if (u.isInitial()) {
            out += QChar(u.initial) + QLatin1Char('*');
        } else {
            out += PinyinTable::shared().syllableText(u.readings.ids[0]) + QLatin1Char('\'');
        }
    }
    return out;
}

QStringList firstSegments(const SearchQuery &query)
{
    QStringList out;
    for (const QuerySegment &s : query.segments) {
        if (s.weight == 1.0f)
            out << segmentText(s);
    }
    return out;
}

} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void segments_data();
    void segments();
    void englishWords();
    void synonymVariantsShareAGroup();
    void genericWordsWeighLittle();
};

void TestSearchQuery::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("empty_query");
    QTest::newRow("blank") << QStringLiteral(" \t\n\u3000 ") << QStringLiteral("empty_query");
    QTest::newRow("10k") << QString(10000, QLatin1Char('a')) << QStringLiteral("query_too_long");
    QTest::newRow("control") << QStringLiteral("电费\u0001") << QStringLiteral("invalid_characters");
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("x") << QStringLiteral("invalid_characters");
    QTest::newRow("emoji") << QStringLiteral("😀🏦💰") << QStringLiteral("nothing_to_search");
    QTest::newRow("punctuation") << QStringLiteral("?!;'--") << QStringLiteral("nothing_to_search");
    QTest::newRow("stop words only") << QStringLiteral("我想要怎么办") << QStringLiteral("nothing_to_search");
}

void TestSearchQuery::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const SearchQuery query = SearchQuery::parse(text);
    QCOMPARE(query.reason, reason);
    QVERIFY(!query.ok());
    QVERIFY(!query.message().isEmpty());
}

void TestSearchQuery::segments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("stop words cut") << QStringLiteral("帮我查一下公积金还有多少钱")
                                    << QStringList{QStringLiteral("公积金还有多少钱")};
    QTest::newRow("full width") << QStringLiteral("ＥＴＣ申办") << QStringList{QStringLiteral("申办")};
    QTest::newRow("pinyin spaced") << QStringLiteral("dian fei")
                                   << QStringList{QStringLiteral("dian'fei'")};
    QTest::newRow("tone marks") << QStringLiteral("diàn fèi") << QStringList{QStringLiteral("dian'fei'")};
    QTest::newRow("initials") << QStringLiteral("GJJ") << QStringList{QStringLiteral("g*j*j*")};
}

void TestSearchQuery::segments()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const SearchQuery query = SearchQuery::parse(text);
    QVERIFY(query.ok());
    QCOMPARE(firstSegments(query), expected);
}

void TestSearchQuery::englishWords()
{
    const SearchQuery query = SearchQuery::parse(u"I want to pay my Electricity bills, please");
    QStringList stems;
    for (const QueryWord &w : query.words)
        stems << w.stem;
    QCOMPARE(stems, (QStringList{QStringLiteral("pay"), QStringLiteral("electricity"), QStringLiteral("bill")}));
}

void TestSearchQuery::synonymVariantsShareAGroup()
{
    const SearchQuery query = SearchQuery::parse(u"老人吃饭");
    QVERIFY(query.segments.size() > 1);
    for (const QuerySegment &s : query.segments)
        QCOMPARE(s.group, query.segments.first().group);
    QVERIFY(query.segments.first().group >= 0);
}

void TestSearchQuery::genericWordsWeighLittle()
{
    const SearchQuery query = SearchQuery::parse(u"住院交钱");
    const QuerySegment &s = query.segments.first();
    QCOMPARE(s.units.size(), 4);
    QCOMPARE(s.unitWeights[0], 1.0f);
    QVERIFY(s.unitWeights[2] < 0.5f);
    QVERIFY(s.unitWeights[3] < 0.5f);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
