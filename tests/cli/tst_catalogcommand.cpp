#include "InProcess.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// branchctl catalog list / check, in-process.
class TestCatalogCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listJson();
    void listText();
    void searchJson_data();
    void searchJson();
    void searchText();
    void searchRefusesUnsearchableText();
    void checkShippedCatalog();
    void checkRefusesBrokenFiles();
    void usageErrors_data();
    void usageErrors();

private:
    QString shipped() const { return qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/resources/catalog"); }
};

void TestCatalogCommand::listJson()
{
    const inprocess::Run run = inprocess::branchctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.endsWith(u'\n'));
    QCOMPARE(run.out.count(u'\n'), 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray services = document.object().value(QStringLiteral("services")).toArray();
    QVERIFY(services.size() >= 58);
    QSet<QString> ids;
    int actions = 0;
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        QCOMPARE(service.keys(), QStringList({QStringLiteral("category"), QStringLiteral("id"), QStringLiteral("kind"),
                                              QStringLiteral("name")}));
        ids.insert(service.value(QStringLiteral("id")).toString());
        actions += service.value(QStringLiteral("kind")).toString() == u"action";
        QVERIFY(!service.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh")).toString().isEmpty());
        QVERIFY(!service.value(QStringLiteral("name")).toObject().value(QStringLiteral("en")).toString().isEmpty());
    }
    QCOMPARE(actions, 4);
    for (const char *id : {"hpf.deposit_registration", "utility.electricity", "bank.transfer", "action.call_staff"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    // Key order is part of the format: id first, for people reading it raw.
    QVERIFY(run.out.startsWith(QStringLiteral("{\"services\":[{\"id\":")));
}

void TestCatalogCommand::listText()
{
    const inprocess::Run run = inprocess::branchctl({QStringLiteral("catalog"), QStringLiteral("list")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("bank.transfer\tservice\tbanking\t")));
}

void TestCatalogCommand::searchJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("top");
    QTest::newRow("colloquial") << QStringLiteral("我想交电费") << QStringLiteral("utility.electricity");
    QTest::newRow("homophone typo") << QStringLiteral("公基金缴存") << QStringLiteral("hpf.deposit_registration");
    QTest::newRow("pinyin") << QStringLiteral("zhuanzhang") << QStringLiteral("bank.transfer");
    QTest::newRow("english") << QStringLiteral("pay my water bill") << QStringLiteral("utility.water");
}

void TestCatalogCommand::searchJson()
{
    QFETCH(QString, text);
    QFETCH(QString, top);
    const inprocess::Run run = inprocess::branchctl(
        {QStringLiteral("catalog"), QStringLiteral("search"), text, QStringLiteral("--json"), QStringLiteral("--limit"),
         QStringLiteral("3")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.count(u'\n'), 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray results = document.object().value(QStringLiteral("results")).toArray();
    QVERIFY(!results.isEmpty());
    QVERIFY(results.size() <= 3);
    QCOMPARE(results.first().toObject().value(QStringLiteral("id")).toString(), top);
    double previous = results.first().toObject().value(QStringLiteral("score")).toDouble();
    QVERIFY(previous > 0.0);
    for (const QJsonValue &value : results) {
        const double score = value.toObject().value(QStringLiteral("score")).toDouble();
        QVERIFY2(score <= previous, "results are ranked best first");
        previous = score;
    }
}

void TestCatalogCommand::searchText()
{
    const inprocess::Run run =
        inprocess::branchctl({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("医宝")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("medins.")), qPrintable(run.out));
}

void TestCatalogCommand::searchRefusesUnsearchableText()
{
    const inprocess::Run run = inprocess::branchctl(
        {QStringLiteral("catalog"), QStringLiteral("search"), QString(600, u'电'), QStringLiteral("--json")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("(")), qPrintable(run.err));
}

void TestCatalogCommand::checkShippedCatalog()
{
    const inprocess::Run run = inprocess::branchctl({QStringLiteral("catalog"), QStringLiteral("check"), shipped()});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.count(u'\n'), 1); // only the summary line
    QVERIFY(run.err.isEmpty());
}

void TestCatalogCommand::checkRefusesBrokenFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(shipped() + QStringLiteral("/categories.json"), dir.filePath(QStringLiteral("categories.json"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("services")));
    const QDir services(dir.filePath(QStringLiteral("services")));
    QVERIFY(QFile::copy(shipped() + QStringLiteral("/services/bank.transfer.json"),
                        services.filePath(QStringLiteral("bank.transfer.json"))));
    inprocess::writeFile(services, QStringLiteral("bank.card_loss.json"), "{ not json");
    QFile good(shipped() + QStringLiteral("/services/bank.phone_update.json"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QByteArray typo = good.readAll();
    typo.replace("\"required\"", "\"requierd\"");
    inprocess::writeFile(services, QStringLiteral("bank.phone_update.json"), typo);

    const inprocess::Run run = inprocess::branchctl({QStringLiteral("catalog"), QStringLiteral("check"), dir.path()});
    QCOMPARE(run.code, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.contains(QStringLiteral("services/bank.card_loss.json: (file): invalid_json")));
    QVERIFY(lines.contains(QStringLiteral("services/bank.phone_update.json: form.pages[0].fields[0].requierd: unknown_key")));
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(QStringLiteral("services/bank.transfer.json")), qPrintable(line));
}

void TestCatalogCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QString catalog = QStringLiteral("catalog");
    QTest::newRow("no sub-command") << QStringList{catalog} << QStringLiteral("missing_subcommand");
    QTest::newRow("unknown sub-command") << QStringList{catalog, QStringLiteral("lint")} << QStringLiteral("unknown_subcommand");
    QTest::newRow("list option") << QStringList{catalog, QStringLiteral("list"), QStringLiteral("--xml")}
                                 << QStringLiteral("unknown_option");
    QTest::newRow("search without text") << QStringList{catalog, QStringLiteral("search")} << QStringLiteral("missing_text");
    QTest::newRow("search two texts") << QStringList{catalog, QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("b")}
                                      << QStringLiteral("too_many_arguments");
    QTest::newRow("search bad limit") << QStringList{catalog, QStringLiteral("search"), QStringLiteral("a"),
                                                     QStringLiteral("--limit"), QStringLiteral("0")}
                                      << QStringLiteral("invalid_limit");
    QTest::newRow("check without dir") << QStringList{catalog, QStringLiteral("check")} << QStringLiteral("missing_directory");
    QTest::newRow("check missing dir") << QStringList{catalog, QStringLiteral("check"), QStringLiteral("/nonexistent/catalog")}
                                       << QStringLiteral("not_a_directory");
    QTest::newRow("check two dirs") << QStringList{catalog, QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")}
                                    << QStringLiteral("too_many_arguments");
}

void TestCatalogCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const inprocess::Run run = inprocess::branchctl(args);
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.endsWith(QStringLiteral("(") + reason + QStringLiteral(")\n")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCatalogCommand)
#include "tst_catalogcommand.moc"
