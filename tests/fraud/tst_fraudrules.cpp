#include "FraudMessages.h"
#include "FraudReference.h"
#include "FraudRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace branch;
using namespace Qt::StringLiterals;

namespace {

QJsonObject defaults()
{
    QFile file(QStringLiteral(":/fraud/fraud-rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The defaults with one member of one object replaced (or removed, for an
// undefined value): `section` is "" (the top), "audience", "rules",
// "services[0]" or "rules.keywords[0]".
QByteArray with(const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonObject top = defaults();
    const auto apply = [&](QJsonObject o) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    if (section.isEmpty())
        return bytes(apply(top));
    if (section == u"audience" || section == u"rules") {
        top.insert(section, apply(top.value(section).toObject()));
        return bytes(top);
    }
    if (section == u"services[0]") {
        QJsonArray services = top.value(QLatin1String("services")).toArray();
        services.replace(0, apply(services.at(0).toObject()));
        top.insert(QStringLiteral("services"), services);
        return bytes(top);
    }
    if (section == u"rules.keywords[0]") {
        QJsonObject rules = top.value(QLatin1String("rules")).toObject();
        QJsonArray keywords = rules.value(QLatin1String("keywords")).toArray();
        keywords.replace(0, apply(keywords.at(0).toObject()));
        rules.insert(QStringLiteral("keywords"), keywords);
        top.insert(QStringLiteral("rules"), rules);
        return bytes(top);
    }
    return {};
}

} // namespace

// The published rules format (docs/fraud.md): the default file parses, and
// every way a file can be refused has a reason code, a place and a sentence.
class TestFraudRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsParse()
    {
        const Result<FraudRules> rules = FraudRules::parse(bytes(defaults()));
        QVERIFY2(rules.ok(), qPrintable(rules.reason() + u' ' + rules.error().detail));
        QCOMPARE(rules->version, QStringLiteral("2026-12-01"));
        QVERIFY(rules->service(QStringLiteral("bank.transfer")));
        QCOMPARE(rules->service(QStringLiteral("bank.transfer"))->payeeAccountField, QStringLiteral("payee_card"));
        QVERIFY(rules->service(QStringLiteral("hpf.withdrawal"))->fromAmount.has_value());
        QCOMPARE(rules->amountAbove->fen(), 1000000);
        QCOMPARE(rules->audience.minAge, std::optional<int>(65));
        QVERIFY(rules->audience.careMode);
        QCOMPARE(rules->coolingOffSeconds, 30);
        QCOMPARE(FraudRules::builtIn().version, rules->version);
        QVERIFY(FraudReference::refusal(FraudReference::Rules, bytes(defaults())).isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("where");
        const QJsonValue gone = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("not json") << QByteArray("{\"schemaVersion\": 1,") << QString(FraudReason::NotJson) << "20";
        QTest::newRow("array") << QByteArray("[]") << QString(FraudReason::NotObject) << "";
        QTest::newRow("schema 2") << with(u""_s, u"schemaVersion"_s, 2) << QString(FraudReason::UnknownSchema)
                                  << "schemaVersion";
        QTest::newRow("no schema") << with(u""_s, u"schemaVersion"_s, gone) << QString(FraudReason::MissingKey)
                                   << "schemaVersion";
        QTest::newRow("no version") << with(u""_s, u"version"_s, gone) << QString(FraudReason::MissingKey) << "version";
        QTest::newRow("unknown top key") << with(u""_s, u"comment"_s, u"x"_s) << QString(FraudReason::UnknownKey) << "comment";
        QTest::newRow("typo in rules") << with(u"rules"_s, u"watchlist"_s, true) << QString(FraudReason::UnknownKey)
                                       << "rules.watchlist";
        QTest::newRow("no rules") << with(u""_s, u"rules"_s, gone) << QString(FraudReason::MissingKey) << "rules";
        QTest::newRow("no newPayee") << with(u"rules"_s, u"newPayee"_s, gone) << QString(FraudReason::MissingKey)
                                     << "rules.newPayee";
        QTest::newRow("newPayee as string") << with(u"rules"_s, u"newPayee"_s, u"yes"_s) << QString(FraudReason::WrongType)
                                            << "rules.newPayee";
        QTest::newRow("services not a list") << with(u""_s, u"services"_s, u"bank.transfer"_s)
                                             << QString(FraudReason::WrongType) << "services";
        QTest::newRow("no services") << with(u""_s, u"services"_s, QJsonArray()) << QString(FraudReason::NoServices)
                                     << "services";
        QTest::newRow("amount in yuan") << with(u"rules"_s, u"amountAbove"_s, QJsonObject{{u"fen"_s, 100.5}, {u"currency"_s, u"CNY"_s}})
                                        << QString(FraudReason::BadAmount) << "rules.amountAbove.fen";
        QTest::newRow("amount zero") << with(u"rules"_s, u"amountAbove"_s, QJsonObject{{u"fen"_s, 0}, {u"currency"_s, u"CNY"_s}})
                                     << QString(FraudReason::BadAmount) << "rules.amountAbove.fen";
        QTest::newRow("amount without currency") << with(u"rules"_s, u"amountAbove"_s, QJsonObject{{u"fen"_s, 100}})
                                                 << QString(FraudReason::MissingKey) << "rules.amountAbove.currency";
        QTest::newRow("currency yuan") << with(u"rules"_s, u"amountAbove"_s, QJsonObject{{u"fen"_s, 100}, {u"currency"_s, u"yuan"_s}})
                                       << QString(FraudReason::BadCurrency) << "rules.amountAbove.currency";
        QTest::newRow("age 200") << with(u"audience"_s, u"minAge"_s, 200) << QString(FraudReason::BadAge)
                                 << "audience.minAge";
        QTest::newRow("age as text") << with(u"audience"_s, u"minAge"_s, u"65"_s) << QString(FraudReason::WrongType)
                                     << "audience.minAge";
        QTest::newRow("cooling 1 s") << with(u"rules"_s, u"coolingOffSeconds"_s, 1) << QString(FraudReason::BadSeconds)
                                     << "rules.coolingOffSeconds";
        QTest::newRow("cooling 1 h") << with(u"rules"_s, u"coolingOffSeconds"_s, 3600) << QString(FraudReason::BadSeconds)
                                     << "rules.coolingOffSeconds";
        QTest::newRow("service id") << with(u"services[0]"_s, u"id"_s, u"Bank Transfer"_s) << QString(FraudReason::BadServiceId)
                                    << "services[0].id";
        QTest::newRow("field id") << with(u"services[0]"_s, u"amountField"_s, u"Amount!"_s) << QString(FraudReason::BadFieldId)
                                  << "services[0].amountField";
        QTest::newRow("text field id") << with(u"services[0]"_s, u"textFields"_s, QJsonArray{u"remark"_s, 3})
                                       << QString(FraudReason::WrongType) << "services[0].textFields[1]";
        QTest::newRow("service twice") << with(u"services[0]"_s, u"id"_s, u"hpf.withdrawal"_s)
                                       << QString(FraudReason::DuplicateService) << "services[1].id";
        QTest::newRow("empty keyword") << with(u"rules.keywords[0]"_s, u"text"_s, u" ， "_s)
                                       << QString(FraudReason::EmptyKeyword) << "rules.keywords[0].text";
        QTest::newRow("pattern with capitals") << with(u"rules.keywords[0]"_s, u"pattern"_s, u"SafeAccount"_s)
                                               << QString(FraudReason::BadPattern) << "rules.keywords[0].pattern";
        QTest::newRow("keyword without pattern") << with(u"rules.keywords[0]"_s, u"pattern"_s, gone)
                                                 << QString(FraudReason::MissingKey) << "rules.keywords[0].pattern";
        QTest::newRow("too large") << QByteArray(FraudRules::MaxBytes + 1, ' ') << QString(FraudReason::TooLarge) << "";
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QFETCH(QString, where);
        const Result<FraudRules> rules = FraudRules::parse(json);
        QVERIFY(!rules.ok());
        QCOMPARE(rules.reason(), reason);
        QCOMPARE(rules.error().detail, where);
        QVERIFY(FraudReason::all().contains(reason));
        // Each reason has its own sentence, which names the place.
        const QString message = FraudMessages::refused(reason, where);
        QVERIFY(!message.contains(reason));
        QVERIFY(message.contains(where));
        QCOMPARE(FraudReference::refusal(FraudReference::Rules, json).section(u' ', 0, 0), reason);
    }

    void everyReasonHasItsOwnSentence()
    {
        QSet<QString> sentences;
        for (const QString &reason : FraudReason::all())
            sentences.insert(FraudMessages::refused(reason, QStringLiteral("x")));
        QCOMPARE(sentences.size(), FraudReason::all().size());
    }

    void watchList_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("where");
        QTest::newRow("good") << QByteArray(R"({"schemaVersion":1,"version":"a","accounts":["6222 0200 0000 0000 009"]})")
                              << "" << "";
        QTest::newRow("letters") << QByteArray(R"({"schemaVersion":1,"version":"a","accounts":["123456","62x2000000"]})")
                                 << QString(FraudReason::BadAccount) << "accounts[1]";
        QTest::newRow("too short") << QByteArray(R"({"schemaVersion":1,"version":"a","accounts":["12345"]})")
                                   << QString(FraudReason::BadAccount) << "accounts[0]";
        QTest::newRow("number") << QByteArray(R"({"schemaVersion":1,"version":"a","accounts":[622202000000]})")
                                << QString(FraudReason::WrongType) << "accounts[0]";
        QTest::newRow("unknown key") << QByteArray(R"({"schemaVersion":1,"version":"a","accounts":[],"names":[]})")
                                     << QString(FraudReason::UnknownKey) << "names";
        QTest::newRow("no accounts") << QByteArray(R"({"schemaVersion":1,"version":"a"})")
                                     << QString(FraudReason::MissingKey) << "accounts";
    }

    void watchList()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QFETCH(QString, where);
        const Result<FraudWatchList> list = FraudWatchList::parse(json);
        QCOMPARE(list.reason(), reason);
        QCOMPARE(list.error().detail, where);
        if (list.ok()) {
            QVERIFY(list->contains(QStringLiteral("6222020000000000009")));
            QVERIFY(list->contains(QStringLiteral("6222-0200-0000-0000-009")));
            QVERIFY(!list->contains(QStringLiteral("6222020000000000001")));
        }
    }

    void normalizedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normal");
        QTest::newRow("spaces") << "安 全 账 户" << "安全账户";
        QTest::newRow("punctuation") << "安全-账户！" << "安全账户";
        QTest::newRow("full width") << "ＳＡＦＥ Account" << "safeaccount";
    }

    void normalizedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, normal);
        QCOMPARE(FraudRules::normalizedText(text), normal);
    }
};

QTEST_GUILESS_MAIN(TestFraudRules)
#include "tst_fraudrules.moc"
