#include "IdentifierKind.h"
#include "IdentifierSamples.h"
#include "ReasonMessages.h"

#include <QTest>

using branch::IdentifierKind;
using branch::ValidationResult;

namespace {
const QDate kToday(2025, 6, 30);
}

// The dispatch function, plus hostile input that every kind must refuse the
// same way: the shared checks come before any kind-specific rule.
class TestIdentifierKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseKind_data();
    void parseKind();
    void dispatch_data();
    void dispatch();
    void hostileInput_data();
    void hostileInput();
    void messagesAreSentences();
    void identityDocuments();
    void messagesSayWhatIsExpected_data();
    void messagesSayWhatIsExpected();
};

void TestIdentifierKind::parseKind_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind"); // -1: not a kind
    QTest::newRow("id") << "id" << int(IdentifierKind::ResidentId);
    QTest::newRow("uscc") << "uscc" << int(IdentifierKind::Uscc);
    QTest::newRow("card") << "card" << int(IdentifierKind::BankCard);
    QTest::newRow("mobile") << "mobile" << int(IdentifierKind::Mobile);
    QTest::newRow("passport") << "passport" << int(IdentifierKind::Passport);
    QTest::newRow("foreign_prid") << "foreign_prid" << int(IdentifierKind::PermanentResidentId);
    QTest::newRow("hmt_permit") << "hmt_permit" << int(IdentifierKind::ResidencePermit);
    QTest::newRow("upper-case") << "ID" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("phone") << "phone" << -1;
}

void TestIdentifierKind::parseKind()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    const auto parsed = branch::parseIdentifierKind(name);
    QCOMPARE(parsed.has_value(), kind >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), kind);
        QCOMPARE(branch::identifierKindName(*parsed), name);
    }
}

void TestIdentifierKind::dispatch_data()
{
    QTest::addColumn<IdentifierKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("id valid") << IdentifierKind::ResidentId << "11010519491231002X" << "ok";
    QTest::newRow("id future") << IdentifierKind::ResidentId
                               << samples::residentId(11, 105, kToday.addDays(1), 1) << "birth_date_in_future";
    QTest::newRow("uscc valid") << IdentifierKind::Uscc << "91440300708461136T" << "ok";
    QTest::newRow("card valid") << IdentifierKind::BankCard << "4111111111111111" << "ok";
    QTest::newRow("card warning") << IdentifierKind::BankCard << "4111111111111112" << "luhn_mismatch";
    QTest::newRow("mobile valid") << IdentifierKind::Mobile << "13812345678" << "ok";
    // The same digits mean different things to different kinds.
    QTest::newRow("mobile as card") << IdentifierKind::BankCard << "13812345678" << "too_short";
    QTest::newRow("card as id") << IdentifierKind::ResidentId << "4111111111111111" << "too_short";
}

void TestIdentifierKind::dispatch()
{
    QFETCH(IdentifierKind, kind);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QCOMPARE(branch::validateIdentifier(kind, text, kToday).reason, reason);
}

void TestIdentifierKind::hostileInput_data()
{
    QTest::addColumn<IdentifierKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    const QList<QPair<const char *, QPair<QString, QString>>> inputs{
        {"empty", {QString(), QStringLiteral("empty")}},
        {"10k characters", {QString(10000, u'8'), QStringLiteral("too_long")}},
        {"10k spaces", {QString(10000, u' '), QStringLiteral("too_long")}},
        {"single space", {QStringLiteral(" "), QStringLiteral("contains_whitespace")}},
        {"only newline", {QStringLiteral("\n"), QStringLiteral("contains_whitespace")}},
        {"full-width zero", {QString(QChar(0xFF10)), QStringLiteral("fullwidth_characters")}},
        {"full-width nine", {QString(QChar(0xFF19)), QStringLiteral("fullwidth_characters")}},
        {"SQL or", {QStringLiteral("' OR 1=1 --"), QStringLiteral("invalid_characters")}},
        {"SQL drop", {QStringLiteral("1;DROP TABLE outbox"), QStringLiteral("invalid_characters")}},
        {"SQL comment", {QStringLiteral("1/**/"), QStringLiteral("invalid_characters")}},
        {"HTML", {QStringLiteral("<script>"), QStringLiteral("invalid_characters")}},
        {"emoji", {QStringLiteral("\U0001F600"), QStringLiteral("invalid_characters")}},
        {"lone surrogate", {QString(QChar(0xD800)), QStringLiteral("invalid_characters")}},
        {"Chinese", {QStringLiteral("身份证"), QStringLiteral("invalid_characters")}},
        {"Arabic-Indic", {QStringLiteral("٠١٢"), QStringLiteral("invalid_characters")}},
        {"NUL", {QString(QChar(0)), QStringLiteral("invalid_characters")}},
        {"RTL override", {QStringLiteral("\u202E123"), QStringLiteral("invalid_characters")}},
    };
    for (const IdentifierKind kind : branch::allIdentifierKinds()) {
        for (const auto &[name, input] : inputs)
            QTest::addRow("%s: %s", qPrintable(branch::identifierKindName(kind)), name)
                << kind << input.first << input.second;
    }
}

void TestIdentifierKind::hostileInput()
{
    QFETCH(IdentifierKind, kind);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const ValidationResult result = branch::validateIdentifier(kind, text, kToday);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.status, ValidationResult::Status::Invalid);
}

void TestIdentifierKind::messagesAreSentences()
{
    const QStringList reasons{QStringLiteral("ok"), QStringLiteral("empty"), QStringLiteral("luhn_mismatch"),
                              QStringLiteral("checksum_mismatch"), QStringLiteral("overflow")};
    QStringList seen;
    for (const QString &reason : reasons) {
        const QString message = ValidationResult::invalid(reason).message();
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
        QVERIFY(!seen.contains(message));
        seen << message;
    }
    QCOMPARE(ValidationResult::invalid(QStringLiteral("no_such_reason")).message(),
             QStringLiteral("The value is not valid."));
}

// The documents a form's document type choice may name, by their catalog names.
void TestIdentifierKind::identityDocuments()
{
    QStringList names;
    for (const IdentifierKind kind : branch::identityDocumentKinds()) {
        names << branch::identityDocumentName(kind);
        QCOMPARE(branch::parseIdentityDocument(branch::identityDocumentName(kind)), kind);
    }
    QCOMPARE(names, QStringList({QStringLiteral("resident_id"), QStringLiteral("passport"),
                                 QStringLiteral("foreign_prid"), QStringLiteral("hmt_permit")}));
    QVERIFY(!branch::parseIdentityDocument(u"uscc"));
    QVERIFY(!branch::parseIdentityDocument(u"id"));
}

// What the customer reads says what is expected, not what went wrong inside.
void TestIdentifierKind::messagesSayWhatIsExpected_data()
{
    QTest::addColumn<IdentifierKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("id one short") << IdentifierKind::ResidentId << "11010519491231002"
                                  << "Resident ID number should be 18 characters long; you entered 17.";
    QTest::newRow("card too short") << IdentifierKind::BankCard << "621700000012"
                                    << "Bank card number should be 16 to 19 characters long; you entered 12.";
    QTest::newRow("mobile long") << IdentifierKind::Mobile << "138001380001"
                                 << "Mobile number should be 11 characters long; you entered 12.";
    QTest::newRow("id letter") << IdentifierKind::ResidentId << "1101051949123100AX"
                               << "Resident ID number may contain only digits, with X allowed as the last character.";
    QTest::newRow("uscc checksum") << IdentifierKind::Uscc << "91440300708461136U"
                                   << "Unified social credit code does not add up. Please compare it with your "
                                      "document, character by character.";
    QTest::newRow("card luhn") << IdentifierKind::BankCard << "4111111111111112"
                               << "Please compare the number with your card, and confirm it if it is right.";
}

void TestIdentifierKind::messagesSayWhatIsExpected()
{
    QFETCH(IdentifierKind, kind);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QCOMPARE(branch::identifierMessage(kind, branch::validateIdentifier(kind, text, kToday)), message);
}

QTEST_GUILESS_MAIN(TestIdentifierKind)
#include "tst_identifierkind.moc"
