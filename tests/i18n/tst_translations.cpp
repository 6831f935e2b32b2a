#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-facing string must exist in Simplified Chinese and English. The
// sources are scanned afresh by lupdate, so a new tr() that nobody translated
// fails here rather than showing English to a Chinese-reading customer.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Entry {
        QString context;
        QString source;
        QString translation;
        QString type;
    };

    static QList<Entry> refreshedEntries(const QString &tsFile)
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
        if (!QFile::copy(tsFile, copy))
            return {};
        const QString src = qEnvironmentVariable("BRANCH_SOURCE_DIR");
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(BRANCH_LUPDATE),
                      {src + QStringLiteral("/modules"), src + QStringLiteral("/app"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h,qml"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-ts"), copy});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            qWarning() << lupdate.readAll();
            return {};
        }
        return parse(copy);
    }

    static QList<Entry> parse(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<Entry> entries;
        QXmlStreamReader xml(&f);
        QString context;
        Entry current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                current = Entry{context, {}, {}, {}};
            else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                entries << current;
            }
        }
        return xml.hasError() ? QList<Entry>{} : entries;
    }

private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : branch::Translations::supportedLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }
    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        const QString ts = qEnvironmentVariable("BRANCH_SOURCE_DIR")
            + QStringLiteral("/translations/branchsuite_%1.ts").arg(language);
        const QList<Entry> entries = refreshedEntries(ts);
        QVERIFY2(entries.size() > 20, "lupdate found almost no strings: is the scan broken?");
        QStringList missing;
        for (const Entry &e : entries) {
            if (!e.type.isEmpty() || e.translation.trimmed().isEmpty())
                missing << e.context + QStringLiteral(": ") + e.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void chineseTranslationsAreChinese()
    {
        const auto entries = parse(qEnvironmentVariable("BRANCH_SOURCE_DIR")
                                   + QStringLiteral("/translations/branchsuite_zh_CN.ts"));
        const QRegularExpression han(QStringLiteral("\\p{Han}"));
        const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3,}"));
        // A language's own name is shown in that language on the switch.
        const QStringList keptAsIs{QStringLiteral("English")};
        QStringList suspicious;
        for (const Entry &e : entries) {
            if (latinWord.match(e.source).hasMatch() && !han.match(e.translation).hasMatch()
                && !keptAsIs.contains(e.source))
                suspicious << e.source;
        }
        QVERIFY2(suspicious.isEmpty(), qPrintable(suspicious.join(QLatin1Char('\n'))));
    }

    void switchesLanguageAtRunTime()
    {
        branch::Translations t;
        QVERIFY(t.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(t.language(), QStringLiteral("zh_CN"));
        QVERIFY(t.setLanguage(QStringLiteral("en")));
        QCOMPARE(t.language(), QStringLiteral("en"));
        QVERIFY(!t.setLanguage(QStringLiteral("fr")));
        QCOMPARE(t.language(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
