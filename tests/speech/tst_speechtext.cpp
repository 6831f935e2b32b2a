#include "SpeechText.h"

#include <QTest>

using branch::SpeechText::normalize;

// What the engine is given: the screen's words, with what espeak-ng would
// misread written out (a decimal point in Mandarin), and line breaks gone.
class tst_SpeechText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizes_data();
    void normalizes();
};

void tst_SpeechText::normalizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("zh decimal") << QStringLiteral("应缴金额1234.5元") << QStringLiteral("zh_CN")
                                << QStringLiteral("应缴金额1234点5元");
    QTest::newRow("zh two decimals") << QStringLiteral("0.05和12.30") << QStringLiteral("zh_CN")
                                     << QStringLiteral("0点05和12点30");
    QTest::newRow("zh sentence end kept") << QStringLiteral("请扫码.") << QStringLiteral("zh_CN")
                                          << QStringLiteral("请扫码.");
    QTest::newRow("en decimal kept") << QStringLiteral("Amount 1234.5 yuan") << QStringLiteral("en")
                                     << QStringLiteral("Amount 1234.5 yuan");
    QTest::newRow("wrapped lines") << QStringLiteral("  Please type\nthe 9-digit   code ") << QStringLiteral("en")
                                   << QStringLiteral("Please type the 9-digit code");
    QTest::newRow("empty") << QStringLiteral(" \n ") << QStringLiteral("zh_CN") << QString();
}

void tst_SpeechText::normalizes()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, spoken);
    QCOMPARE(normalize(text, language), spoken);
}

QTEST_GUILESS_MAIN(tst_SpeechText)
#include "tst_speechtext.moc"
