#include "InProcess.h"
#include "QrTestImages.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using inprocess::branchctl;

namespace {

const QString kToken = QStringLiteral("ETB1.MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPI");

QJsonArray results(const QString &out)
{
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
    return document.object().value(QStringLiteral("results")).toArray();
}

} // namespace

class TestQrCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_code;   // a PNG of kToken
    QString m_blank;  // a PNG with no code
    QString m_text;   // not an image

private Q_SLOTS:
    void initTestCase()
    {
        m_code = m_dir.filePath(QStringLiteral("code.png"));
        QVERIFY(cv::imwrite(m_code.toStdString(), branch::test::qrImage(kToken)));
        m_blank = m_dir.filePath(QStringLiteral("blank.jpg"));
        QVERIFY(cv::imwrite(m_blank.toStdString(), cv::Mat(120, 160, CV_8UC3, cv::Scalar(200, 200, 200))));
        m_text = inprocess::writeFile(QDir(m_dir.path()), QStringLiteral("token.png"), kToken.toUtf8());
    }

    // One entry per image, in order: codes, an empty list, a reason and a
    // translated message; the others are still reported, the exit is 1.
    void decodesEachFileAndReportsTheBadOnes()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
        const auto run = branchctl({QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--json"), m_code,
                                    m_blank, missing, m_text});
        QCOMPARE(run.code, int(branch::ExitInvalid));
        QVERIFY(run.out.endsWith(u'\n') && run.out.count(u'\n') == 1);
        const QJsonArray entries = results(run.out);
        QCOMPARE(entries.size(), 4);

        const QJsonObject code = entries.at(0).toObject();
        QCOMPARE(code.value(QStringLiteral("file")).toString(), m_code);
        QCOMPARE(code.value(QStringLiteral("codes")).toArray(), QJsonArray{kToken});
        QVERIFY(code.value(QStringLiteral("ms")).isDouble());
        QVERIFY(code.value(QStringLiteral("ms")).toDouble() >= 0);
        QVERIFY(!code.contains(QStringLiteral("reason")));

        const QJsonObject blank = entries.at(1).toObject();
        QCOMPARE(blank.value(QStringLiteral("codes")).toArray(), QJsonArray{});
        QVERIFY(!blank.contains(QStringLiteral("reason")));

        const QJsonObject gone = entries.at(2).toObject();
        QCOMPARE(gone.value(QStringLiteral("file")).toString(), missing);
        QCOMPARE(gone.value(QStringLiteral("reason")).toString(), QStringLiteral("file_not_found"));
        QVERIFY(gone.value(QStringLiteral("message")).toString().contains(missing));
        QCOMPARE(gone.value(QStringLiteral("codes")).toArray(), QJsonArray{});

        const QJsonObject text = entries.at(3).toObject();
        QCOMPARE(text.value(QStringLiteral("reason")).toString(), QStringLiteral("not_an_image"));

        // The same reasons on stderr, for a person.
        QVERIFY(run.err.contains(QStringLiteral("(file_not_found)")));
        QVERIFY(run.err.contains(QStringLiteral("(not_an_image)")));
    }

    void allGoodFilesExitZero()
    {
        const auto run = branchctl({QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--json"), m_code, m_blank});
        QCOMPARE(run.code, int(branch::ExitSuccess));
        QCOMPARE(results(run.out).size(), 2);
        QVERIFY(run.err.isEmpty());
    }

    // Without --json: one line per code, a sentence when there is none.
    void plainOutput()
    {
        const auto run = branchctl({QStringLiteral("qr"), QStringLiteral("decode"), m_code, m_blank});
        QCOMPARE(run.code, int(branch::ExitSuccess));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), m_code + u'\t' + kToken);
        QVERIFY(lines.at(1).startsWith(m_blank + u'\t'));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no sub-command") << QStringList{QStringLiteral("qr")} << QStringLiteral("missing_subcommand");
        QTest::newRow("unknown sub-command") << QStringList{QStringLiteral("qr"), QStringLiteral("encode")}
                                             << QStringLiteral("unknown_subcommand");
        QTest::newRow("no file") << QStringList{QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--json")}
                                 << QStringLiteral("missing_file");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("qr"), QStringLiteral("decode"),
                                                       QStringLiteral("--fast"), QStringLiteral("a.png")}
                                        << QStringLiteral("unknown_option");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const auto run = branchctl(args);
        QCOMPARE(run.code, int(branch::ExitUsage));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u'(' + reason + u')'), qPrintable(run.err));
    }

    void listedInHelp()
    {
        const auto help = branchctl({QStringLiteral("help")});
        QVERIFY(help.out.contains(QStringLiteral("  qr ")));
        const auto usage = branchctl({QStringLiteral("help"), QStringLiteral("qr")});
        QVERIFY(usage.out.contains(QStringLiteral("decode")));
    }
};

QTEST_GUILESS_MAIN(TestQrCommand)
#include "tst_qrcommand.moc"
