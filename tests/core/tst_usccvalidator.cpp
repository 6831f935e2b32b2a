#include "IdentifierSamples.h"
#include "UsccValidator.h"

#include <QTest>

using branch::ValidationResult;

class TestUsccValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestUsccValidator::valid_data()
{
    QTest::addColumn<QString>("code");
    // Published codes of well-known companies.
    QTest::newRow("Shenzhen company") << QStringLiteral("91440300708461136T");
    QTest::newRow("Beijing company") << QStringLiteral("91110000600037341L");
    QTest::newRow("standard's example") << QStringLiteral("91350100M000100Y43");

    // Every authority/category pair of GB 32100-2015 Annex A, with organisation
    // codes that use the whole alphabet.
    const QList<QPair<QChar, QString>> pairs{
        {u'1', QStringLiteral("1239")}, {u'2', QStringLiteral("19")}, {u'3', QStringLiteral("123459")},
        {u'4', QStringLiteral("19")},   {u'5', QStringLiteral("1239")}, {u'6', QStringLiteral("129")},
        {u'7', QStringLiteral("129")},  {u'8', QStringLiteral("19")}, {u'9', QStringLiteral("123")},
        {u'A', QStringLiteral("19")},   {u'N', QStringLiteral("12349")}, {u'Y', QStringLiteral("1")}};
    const QString &alphabet = samples::usccAlphabet();
    int n = 0;
    for (const auto &[authority, categories] : pairs) {
        for (const QChar category : categories) {
            QString organisation;
            for (int i = 0; i < 9; ++i)
                organisation += alphabet.at((n * 7 + i * 5) % alphabet.size());
            const QString region = QStringLiteral("%1").arg(110000 + n * 1013, 6, 10, QChar(u'0'));
            const QString code = samples::uscc(QString(authority) + category + region + organisation);
            QTest::addRow("%c%c #%d", authority.toLatin1(), category.toLatin1(), n) << code;
            ++n;
        }
    }
    QTest::newRow("lower-case letters") << QStringLiteral("91350100m000100y43");
    QTest::newRow("check character 0") << samples::uscc(QStringLiteral("9144030070846113A"));
}

void TestUsccValidator::valid()
{
    QFETCH(QString, code);
    const ValidationResult result = branch::validateUscc(code);
    QCOMPARE(result.reason, QStringLiteral("ok"));
    QVERIFY(result.isValid());
}

void TestUsccValidator::invalid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    const QString good = QStringLiteral("91440300708461136T");

    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("wrong check") << samples::withWrongLastCharacter(good, samples::usccAlphabet())
                                 << "checksum_mismatch";
    QTest::newRow("swapped characters") << QStringLiteral("91440300708461163T") << "checksum_mismatch";
    for (const QChar letter : QStringLiteral("IOZSV"))
        QTest::addRow("letter %c", letter.toLatin1()) << QString(good).replace(10, 1, letter)
                                                      << "invalid_characters";
    QTest::newRow("authority 0") << samples::uscc(QStringLiteral("01440300708461136")) << "invalid_registration_authority";
    QTest::newRow("authority B") << samples::uscc(QStringLiteral("B1440300708461136")) << "invalid_registration_authority";
    QTest::newRow("category 6") << samples::uscc(QStringLiteral("96440300708461136")) << "invalid_category";
    QTest::newRow("category A") << samples::uscc(QStringLiteral("9A440300708461136")) << "invalid_category";
    QTest::newRow("category 0") << samples::uscc(QStringLiteral("90440300708461136")) << "invalid_category";
    QTest::newRow("letter in region") << samples::uscc(QStringLiteral("9144A300708461136")) << "invalid_region_code";
    QTest::newRow("17 characters") << good.first(17) << "too_short";
    QTest::newRow("19 characters") << good + u'0' << "too_long";
    QTest::newRow("10k characters") << QString(10000, u'9') << "too_long";
    QTest::newRow("full-width") << QStringLiteral("９１４４０３００７０８４６１１３６Ｔ") << "fullwidth_characters";
    QTest::newRow("space") << QStringLiteral("914403007 08461136T") << "contains_whitespace";
    QTest::newRow("hyphen") << QStringLiteral("91440300-708461136T") << "invalid_characters";
    QTest::newRow("SQL injection") << QStringLiteral("' OR 1=1 --") << "invalid_characters";
    QTest::newRow("emoji") << QStringLiteral("91440300708461136\U0001F600") << "invalid_characters";
    QTest::newRow("Cyrillic look-alike") << QStringLiteral("91440300708461136\u0422") << "invalid_characters";
    QTest::newRow("Arabic-Indic digit") << QString(good).replace(2, 1, QChar(0x0664)) << "invalid_characters";
}

void TestUsccValidator::invalid()
{
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const ValidationResult result = branch::validateUscc(code);
    QCOMPARE(result.reason, reason);
    QVERIFY(result.isInvalid());
}

QTEST_GUILESS_MAIN(TestUsccValidator)
#include "tst_usccvalidator.moc"
