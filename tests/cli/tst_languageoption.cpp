#include "LanguageOption.h"

#include <QTest>

class TestLanguageOption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choose_data();
    void choose();
};

void TestLanguageOption::choose_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("remaining");
    const QString v = QStringLiteral("validate");
    const QString en = QStringLiteral("en");
    const QString zh = QStringLiteral("zh_CN");
    const QString lang = QStringLiteral("--lang");

    QTest::newRow("default") << QStringList{v} << QString() << zh << "" << QStringList{v};
    QTest::newRow("LANG en_US.UTF-8") << QStringList{v} << "en_US.UTF-8" << en << "" << QStringList{v};
    QTest::newRow("LANG en_GB") << QStringList{v} << "en_GB" << en << "" << QStringList{v};
    QTest::newRow("LANG zh_CN.UTF-8") << QStringList{v} << "zh_CN.UTF-8" << zh << "" << QStringList{v};
    QTest::newRow("LANG zh_TW") << QStringList{v} << "zh_TW.UTF-8" << zh << "" << QStringList{v};
    QTest::newRow("LANG C") << QStringList{v} << "C" << zh << "" << QStringList{v};
    QTest::newRow("LANG de_DE") << QStringList{v} << "de_DE.UTF-8" << zh << "" << QStringList{v};
    QTest::newRow("--lang en") << QStringList{lang, en, v} << "zh_CN.UTF-8" << en << "" << QStringList{v};
    QTest::newRow("--lang=en after command") << QStringList{v, QStringLiteral("--lang=en")} << ""
                                             << en << "" << QStringList{v};
    QTest::newRow("--lang zh_CN over LANG") << QStringList{lang, zh} << "en_US" << zh << "" << QStringList{};
    QTest::newRow("--lang de") << QStringList{lang, QStringLiteral("de"), v} << "" << ""
                               << "unsupported_language" << QStringList{v};
    QTest::newRow("--lang without value") << QStringList{v, lang} << "" << "" << "unsupported_language"
                                          << QStringList{v};
    QTest::newRow("after --") << QStringList{v, QStringLiteral("--"), lang, en} << "" << zh << ""
                              << QStringList{v, QStringLiteral("--"), lang, en};
}

void TestLanguageOption::choose()
{
    QFETCH(QStringList, args);
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(QString, reason);
    QFETCH(QStringList, remaining);
    const branch::LanguageChoice choice =
        branch::takeLanguageOption(args, lang, {QStringLiteral("zh_CN"), QStringLiteral("en")});
    QCOMPARE(choice.language, language);
    QCOMPARE(choice.reason, reason);
    QCOMPARE(choice.message.isEmpty(), reason.isEmpty());
    QCOMPARE(args, remaining);
}

QTEST_GUILESS_MAIN(TestLanguageOption)
#include "tst_languageoption.moc"
