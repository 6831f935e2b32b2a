#include "PinyinTable.h"

#include <QTest>

using namespace branch;

class TestPinyinTable : public QObject
{
    Q_OBJECT

private slots:
    void embeddedTableIsComplete();
    void readings_data();
    void readings();
    void segment_data();
    void segment();
    void loadRejectsGarbage();
    void fuzzyKeyFoldsRetroflexes();
};

void TestPinyinTable::embeddedTableIsComplete()
{
    const PinyinTable &table = PinyinTable::shared();
    // Rime's table has ~17k characters; a truncated build would show here.
    QVERIFY2(table.characterCount() > 6000, qPrintable(QString::number(table.characterCount())));
    QVERIFY(table.syllableCount() > 350);
    QVERIFY(table.syllableCount() < 450);
}

void TestPinyinTable::readings_data()
{
    QTest::addColumn<QString>("hanzi");
    QTest::addColumn<QString>("reading");
    QTest::newRow("gong") << QStringLiteral("公") << QStringLiteral("gong");
    QTest::newRow("ji homophone of 积") << QStringLiteral("基") << QStringLiteral("ji");
    QTest::newRow("bank hang") << QStringLiteral("行") << QStringLiteral("hang");
    QTest::newRow("walk xing") << QStringLiteral("行") << QStringLiteral("xing");
    QTest::newRow("repay huan") << QStringLiteral("还") << QStringLiteral("huan");
    QTest::newRow("lv as v") << QStringLiteral("绿") << QStringLiteral("lv");
}

void TestPinyinTable::readings()
{
    QFETCH(QString, hanzi);
    QFETCH(QString, reading);
    const PinyinTable &table = PinyinTable::shared();
    const auto id = table.syllable(reading);
    QVERIFY(id);
    QVERIFY(table.readings(hanzi.toUcs4().first()).contains(*id));
}

void TestPinyinTable::segment_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("expected"); // syllables joined by spaces; empty = not pinyin
    QTest::newRow("joined") << QStringLiteral("gongjijin") << QStringLiteral("gong ji jin");
    QTest::newRow("two") << QStringLiteral("dianfei") << QStringLiteral("dian fei");
    QTest::newRow("fewest syllables") << QStringLiteral("xian") << QStringLiteral("xian");
    QTest::newRow("english word") << QStringLiteral("bill") << QString();
    QTest::newRow("initials") << QStringLiteral("gjj") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPinyinTable::segment()
{
    QFETCH(QString, latin);
    QFETCH(QString, expected);
    const PinyinTable &table = PinyinTable::shared();
    const auto ids = table.segment(latin);
    if (expected.isEmpty()) {
        QVERIFY(!ids);
        return;
    }
    QVERIFY(ids);
    QStringList got;
    for (const SyllableId id : *ids)
        got << table.syllableText(id);
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TestPinyinTable::loadRejectsGarbage()
{
    PinyinTable table;
    QVERIFY(!table.load(QStringLiteral("no tabs here\n\t\nab\tcd ef\n")));
    QCOMPARE(table.characterCount(), 0);
    QVERIFY(table.load(QStringLiteral("电\tdian\n")));
    QCOMPARE(table.characterCount(), 1);
}

void TestPinyinTable::fuzzyKeyFoldsRetroflexes()
{
    const PinyinTable &table = PinyinTable::shared();
    QCOMPARE(table.fuzzyKey(*table.syllable(u"zhi")), table.fuzzyKey(*table.syllable(u"zi")));
    QCOMPARE(table.fuzzyKey(*table.syllable(u"jing")), table.fuzzyKey(*table.syllable(u"jin")));
    QVERIFY(table.fuzzyKey(*table.syllable(u"ji")) != table.fuzzyKey(*table.syllable(u"jin")));
}

QTEST_GUILESS_MAIN(TestPinyinTable)
#include "tst_pinyintable.moc"
