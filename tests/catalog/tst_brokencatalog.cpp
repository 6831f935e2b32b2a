#include "CatalogLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

namespace {

QString sampleDirectory()
{
    return QDir(qEnvironmentVariable("BRANCH_SOURCE_DIR")).filePath(QStringLiteral("tests/catalog/data/sample"));
}

QByteArray readSample(const QString &relative)
{
    QFile file(QDir(sampleDirectory()).filePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the catalog sample");
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QString kFile = QStringLiteral("services/test.sample.json");

} // namespace

// Each row breaks the valid sample in one place, by replacing one exact piece
// of its text, and names the one line the loader must print for it.
class TestBrokenCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleIsValid();
    void brokenFile_data();
    void brokenFile();
    void brokenCategoriesLoadNothing();
    void branchDirectoryCannotReuseAnId();
    void issueLineWithoutPath();
};

void TestBrokenCatalog::sampleIsValid()
{
    const CatalogLoadResult result = CatalogLoader::loadDirectory(sampleDirectory());
    QVERIFY2(result.ok(), qPrintable(issueLines(result.issues).join(QLatin1Char('\n'))));
    const ServiceDefinition *service = result.catalog.service(QStringLiteral("test.sample"));
    QVERIFY(service);
    QCOMPARE(service->form.fieldCount(), 8);
    QCOMPARE(service->form.rules.size(), 2);
    QCOMPARE(service->fee.type, FeeRule::Type::Entered);
    QCOMPARE(service->fee.minFen, qint64(100));
    QCOMPARE(service->authorization.aboveFen, qint64(5000000));
    QCOMPARE(service->form.field(QStringLiteral("amount"))->checks.maxFen, std::optional<qint64>(100000));
    QCOMPARE(service->form.field(QStringLiteral("ratio"))->checks.options.size(), 2);
    QCOMPARE(service->form.field(QStringLiteral("full_name"))->idCard, QStringLiteral("name"));
    QCOMPARE(service->form.field(QStringLiteral("nickname"))->idCard, QString());
}

void TestBrokenCatalog::brokenFile_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *from, const char *to, const char *where) {
        QTest::newRow(name) << QByteArray(from) << QByteArray(to) << kFile + QStringLiteral(": ") + QString::fromUtf8(where);
    };
    row("invalid json", "\"schemaVersion\": 1,", "\"schemaVersion\": 1,,", "(file): invalid_json");
    row("not an object", "{\n  \"schemaVersion\"", "[{\n  \"schemaVersion\"", "(file): invalid_json");
    row("newer schema", "\"schemaVersion\": 1,", "\"schemaVersion\": 2,", "schemaVersion: unsupported_schema_version");
    row("unknown key", "\"retentionDays\": 30", "\"retentionDays\": 30, \"colour\": \"red\"", "colour: unknown_key");
    row("wrong type", "\"prefillAllowed\": true", "\"prefillAllowed\": \"yes\"", "prefillAllowed: wrong_type");
    row("offline not a bool", "\"prefillAllowed\": true", "\"prefillAllowed\": true, \"prefillOffline\": 1",
        "prefillOffline: wrong_type");
    row("id not file name", "\"id\": \"test.sample\"", "\"id\": \"test.other\"", "id: id_does_not_match_file_name");
    row("bad id", "\"id\": \"test.sample\"", "\"id\": \"Test Sample\"", "id: invalid_id");
    row("unknown kind", "\"kind\": \"service\"", "\"kind\": \"form\"", "kind: unknown_value");
    row("unknown category", "\"category\": \"testing\"", "\"category\": \"nowhere\"", "category: unknown_category");
    row("action in a service category", "\"kind\": \"service\"", "\"kind\": \"action\"", "category: kind_category_mismatch");
    row("missing en", "\"name\": {\"zh\": \"测试业务\", \"en\": \"Test service\"}", "\"name\": {\"zh\": \"测试业务\"}", "name.en: missing");
    row("missing zh label", "\"label\": {\"zh\": \"昵称\", \"en\": \"Nickname\"}", "\"label\": {\"en\": \"Nickname\"}",
        "form.pages[0].fields[1].label.zh: missing");
    row("blank text", "\"en\": \"Test service\"", "\"en\": \"  \"", "name.en: empty");
    row("third language", "\"en\": \"Test service\"}", "\"en\": \"Test service\", \"fr\": \"Essai\"}", "name.fr: unknown_key");
    row("toned pinyin", "\"ce shi\"", "\"cè shì\"", "keywords.pinyin[0]: invalid_pinyin");
    row("no keywords", "\"zh\": [\"测试\"]", "\"zh\": []", "keywords.zh: empty");
    row("unknown field type", "\"id\": \"end_date\", \"type\": \"date\"", "\"id\": \"end_date\", \"type\": \"datum\"",
        "form.pages[1].fields[1].type: unknown_value");
    row("duplicate field id", "\"id\": \"nickname\"", "\"id\": \"full_name\"", "form.pages[0].fields[1].id: duplicate_field_id");
    row("duplicate page id", "\"id\": \"money\"", "\"id\": \"who\"", "form.pages[1].id: duplicate_page_id");
    row("read-only field nothing fills", "\"Shown for you\"}, \"required\": false", "\"Shown for you\"}, \"required\": true",
        "form.pages[1].fields[2].readOnly: read_only_field_without_source");
    row("rule on unknown field", "\"other\": \"balance\"", "\"other\": \"balanse\"", "form.rules[1].other: unknown_field");
    row("rule on the same field", "\"other\": \"balance\"", "\"other\": \"amount\"", "form.rules[1].other: same_field");
    row("rule type mismatch", "\"type\": \"date_after\"", "\"type\": \"not_greater_than\"", "form.rules[0].type: rule_type_mismatch");
    row("unknown rule type", "\"type\": \"date_after\"", "\"type\": \"before\"", "form.rules[0].type: unknown_value");
    row("enum without options", "\"options\": [{\"value\": \"5\", \"label\": {\"zh\": \"5%\", \"en\": \"5%\"}}, {\"value\": \"12\", \"label\": {\"zh\": \"12%\", \"en\": \"12%\"}}]",
        "\"options\": []", "form.pages[0].fields[2].checks.options: enum_without_options");
    row("duplicate option", "{\"value\": \"12\"", "{\"value\": \"5\"", "form.pages[0].fields[2].checks.options[1].value: duplicate_option");
    // An id_document's number is checked as the document its enum names: every
    // option must be a document core knows, and the enum must exist.
    row("document type not a document", "\"type\": \"text\", \"label\": {\"zh\": \"昵称\", \"en\": \"Nickname\"}, \"careLabel\": {\"zh\": \"昵称\", \"en\": \"Nickname\"}, \"help\": {\"zh\": \"大写字母\", \"en\": \"Capitals\"}, \"required\": false, \"checks\": {\"maxLength\": 20, \"pattern\": \"^[A-Z]+$\"}",
        "\"type\": \"id_document\", \"label\": {\"zh\": \"昵称\", \"en\": \"Nickname\"}, \"careLabel\": {\"zh\": \"昵称\", \"en\": \"Nickname\"}, \"help\": {\"zh\": \"大写字母\", \"en\": \"Capitals\"}, \"required\": false, \"checks\": {\"documentTypeField\": \"ratio\"}",
        "form.pages[0].fields[1].checks.documentTypeField: unknown_document_type");
    row("document type not an enum", "\"type\": \"text\", \"label\": {\"zh\": \"昵称\", \"en\": \"Nickname\"}, \"careLabel\": {\"zh\": \"昵称\", \"en\": \"Nickname\"}, \"help\": {\"zh\": \"大写字母\", \"en\": \"Capitals\"}, \"required\": false, \"checks\": {\"maxLength\": 20, \"pattern\": \"^[A-Z]+$\"}",
        "\"type\": \"id_document\", \"label\": {\"zh\": \"昵称\", \"en\": \"Nickname\"}, \"careLabel\": {\"zh\": \"昵称\", \"en\": \"Nickname\"}, \"help\": {\"zh\": \"大写字母\", \"en\": \"Capitals\"}, \"required\": false, \"checks\": {\"documentTypeField\": \"full_name\"}",
        "form.pages[0].fields[1].checks.documentTypeField: unknown_field");
    // What an ID card fills: a name into text, a number into an identity field, once each.
    row("unknown card item", "\"idCard\": \"name\"", "\"idCard\": \"photo\"", "form.pages[0].fields[0].idCard: unknown_value");
    row("card number into text", "\"help\": {\"zh\": \"大写字母\", \"en\": \"Capitals\"}, \"required\": false,",
        "\"help\": {\"zh\": \"大写字母\", \"en\": \"Capitals\"}, \"required\": false, \"idCard\": \"id_number\",",
        "form.pages[0].fields[1].idCard: id_card_type_mismatch");
    row("card name twice", "\"help\": {\"zh\": \"大写字母\", \"en\": \"Capitals\"}, \"required\": false,",
        "\"help\": {\"zh\": \"大写字母\", \"en\": \"Capitals\"}, \"required\": false, \"idCard\": \"name\",",
        "form.pages[0].fields[1].idCard: duplicate_id_card_field");
    row("bad regex", "\"pattern\": \"^[A-Z]+$\"", "\"pattern\": \"^[A-Z+$\"", "form.pages[0].fields[1].checks.pattern: invalid_pattern");
    row("check for another type", "\"maxLength\": 20,", "\"maxLength\": 20, \"minFen\": 1,", "form.pages[0].fields[1].checks.minFen: check_not_allowed");
    row("unknown check", "\"maxLength\": 20,", "\"maxLength\": 20, \"minLen\": 1,", "form.pages[0].fields[1].checks.minLen: unknown_key");
    row("text without maxLength", "\"checks\": {\"maxLength\": 30}", "\"checks\": {}", "form.pages[0].fields[0].checks.maxLength: missing");
    row("min above max", "\"minFen\": 1, \"maxFen\": 100000", "\"minFen\": 200000, \"maxFen\": 100000",
        "form.pages[1].fields[3].checks.minFen: min_greater_than_max");
    row("bad date check", "\"minDate\": \"today\"", "\"minDate\": \"2024-02-30\"", "form.pages[1].fields[0].checks.minDate: invalid_date");
    row("long care label", "\"careLabel\": {\"zh\": \"姓名\"", "\"careLabel\": {\"zh\": \"申请人在身份证上的姓名\"",
        "form.pages[0].fields[0].careLabel.zh: care_label_too_long");
    row("unknown material", "\"materialId\": \"photo\"", "\"materialId\": \"selfie\"", "form.pages[0].fields[3].checks.materialId: unknown_material");
    row("material not uploadable", "\"required\": false, \"upload\": true", "\"required\": false, \"upload\": false",
        "form.pages[0].fields[3].checks.materialId: material_not_uploadable");
    row("float fee", "\"minFen\": 100,", "\"minFen\": 100.0,", "fee.minFen: money_not_integer_fen");
    row("exponent fee", "\"minFen\": 100,", "\"minFen\": 1e2,", "fee.minFen: money_not_integer_fen");
    row("money as string", "\"minFen\": 100,", "\"minFen\": \"1.00\",", "fee.minFen: wrong_type");
    row("float threshold", "\"aboveFen\": 5000000", "\"aboveFen\": 50000.5", "authorization.aboveFen: money_not_integer_fen");
    row("float field check", "\"minFen\": 1, \"maxFen\": 100000", "\"minFen\": 0.01, \"maxFen\": 100000",
        "form.pages[1].fields[3].checks.minFen: money_not_integer_fen");
    row("fractional days", "\"retentionDays\": 30", "\"retentionDays\": 30.5", "retentionDays: not_integer");
    row("negative days", "\"retentionDays\": 30", "\"retentionDays\": -1", "retentionDays: out_of_range");
    row("bad currency", "\"currency\": \"CNY\", \"field\"", "\"currency\": \"rmb\", \"field\"", "fee.currency: invalid_currency");
    row("fee on a non-money field", "\"field\": \"amount\"}", "\"field\": \"full_name\"}", "fee.field: unknown_field");
    row("unknown fee type", "\"type\": \"entered\"", "\"type\": \"voluntary\"", "fee.type: unknown_value");
    row("pay without fee", "\"fee\": {\"type\": \"entered\", \"minFen\": 100, \"maxFen\": 100000, \"currency\": \"CNY\", \"field\": \"amount\"}",
        "\"fee\": {\"type\": \"none\"}", "steps: pay_step_without_fee");
    row("steps out of order", "\"steps\": [\"verify_id\", \"fill\"", "\"steps\": [\"fill\", \"verify_id\"", "steps[1]: step_out_of_order");
    row("unknown step", "\"review\", \"sign\"", "\"review\", \"stamp\"", "steps[3]: unknown_value");
    row("repeated step", "\"review\", \"sign\"", "\"review\", \"review\"", "steps[3]: duplicate_value");
    row("authorize without rule", "\"authorization\": {\"type\": \"staff\", \"aboveFen\": 5000000, \"currency\": \"CNY\"}",
        "\"authorization\": {\"type\": \"none\"}", "steps: authorize_step_without_rule");
    row("fill without fields", "\"fill\", \"review\"", "\"review\"", "steps: fields_without_fill_step");
}

void TestBrokenCatalog::brokenFile()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);

    const QByteArray original = readSample(kFile);
    QCOMPARE(original.count(from), 1); // the row must hit exactly one place
    QByteArray broken = original;
    broken.replace(from, to);

    // A sound companion file in the same directory must still load.
    QByteArray companion = original;
    companion.replace("\"id\": \"test.sample\"", "\"id\": \"test.companion\"");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("categories.json")), readSample(QStringLiteral("categories.json"))));
    QVERIFY(writeFile(dir.filePath(kFile), broken));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("services/test.companion.json")), companion));

    const CatalogLoadResult result = CatalogLoader::loadDirectory(dir.path());
    QCOMPARE(issueLines(result.issues), QStringList{expected});
    QCOMPARE(result.filesRefused, 1);
    QVERIFY(!result.catalog.contains(QStringLiteral("test.sample")));
    QVERIFY(result.catalog.contains(QStringLiteral("test.companion")));
}

void TestBrokenCatalog::brokenCategoriesLoadNothing()
{
    QTemporaryDir dir;
    QByteArray categories = readSample(QStringLiteral("categories.json"));
    categories.replace("\"group\": \"livelihood\"", "\"group\": \"leisure\"");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("categories.json")), categories));
    QVERIFY(writeFile(dir.filePath(kFile), readSample(kFile)));

    const CatalogLoadResult result = CatalogLoader::loadDirectory(dir.path());
    QCOMPARE(issueLines(result.issues), QStringList{QStringLiteral("categories.json: categories[0].group: unknown_group")});
    QVERIFY(result.catalog.isEmpty());
}

void TestBrokenCatalog::branchDirectoryCannotReuseAnId()
{
    QTemporaryDir branchDir;
    QVERIFY(writeFile(branchDir.filePath(kFile), readSample(kFile)));
    const CatalogLoadResult result = CatalogLoader::loadDirectories({sampleDirectory(), branchDir.path()});
    QCOMPARE(issueLines(result.issues), QStringList{kFile + QStringLiteral(": id: duplicate_id")});
    QCOMPARE(result.catalog.size(), qsizetype(1));
}

void TestBrokenCatalog::issueLineWithoutPath()
{
    const CatalogIssue issue{QStringLiteral("categories.json"), QString(), QStringLiteral("unreadable")};
    QCOMPARE(issue.toString(), QStringLiteral("categories.json: (file): unreadable"));
    const CatalogLoadResult result = CatalogLoader::loadDirectory(QStringLiteral("/nonexistent/catalog"));
    QCOMPARE(issueLines(result.issues), QStringList{issue.toString()});
}

QTEST_GUILESS_MAIN(TestBrokenCatalog)
#include "tst_brokencatalog.moc"
