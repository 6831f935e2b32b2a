#include "IdentifierSamples.h"
#include "ResidentIdValidator.h"

#include <QTest>

using branch::ValidationResult;

namespace {
const QDate kToday(2025, 6, 30);
const QList<int> kProvinces{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                            43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
} // namespace

class TestResidentIdValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void checkCharacter();
    void defaultTodayAcceptsYesterday();
};

void TestResidentIdValidator::valid_data()
{
    QTest::addColumn<QString>("id");
    // Every province, with birth dates spread over the accepted range.
    const QList<QDate> dates{QDate(1900, 1, 1), QDate(1949, 10, 1), QDate(1968, 2, 29),
                             QDate(1985, 12, 31), QDate(2000, 2, 29), QDate(2025, 6, 30)};
    int n = 0;
    for (const int province : kProvinces) {
        const QDate date = dates.at(n % dates.size());
        const QString id = samples::residentId(province, 101 + n, date, 17 * n % 1000);
        QTest::addRow("province %d %s", province, qPrintable(date.toString(Qt::ISODate))) << id;
        ++n;
    }
    // Enough sequence numbers that every check value, including X, comes up.
    bool sawX = false;
    for (int seq = 0; seq < 30; ++seq) {
        const QString id = samples::residentId(44, 305, QDate(1990, 7, 15), seq);
        sawX = sawX || id.endsWith(u'X');
        QTest::addRow("sequence %d", seq) << id;
        if (id.endsWith(u'X'))
            QTest::addRow("sequence %d lower-case x", seq) << id.toLower();
    }
    Q_ASSERT(sawX);
    QTest::newRow("published example with X") << QStringLiteral("11010519491231002X");
    QTest::newRow("published example lower x") << QStringLiteral("11010519491231002x");
}

void TestResidentIdValidator::valid()
{
    QFETCH(QString, id);
    const ValidationResult result = branch::validateResidentId(id, kToday);
    QCOMPARE(result.reason, QStringLiteral("ok"));
    QCOMPARE(result.status, ValidationResult::Status::Valid);
}

void TestResidentIdValidator::invalid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");

    const QString good = samples::residentId(11, 105, QDate(1980, 5, 17), 123);
    const QString digits = QStringLiteral("0123456789X");

    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("wrong check") << samples::withWrongLastCharacter(good, digits) << "checksum_mismatch";
    QTest::newRow("wrong check, other number")
        << samples::withWrongLastCharacter(samples::residentId(11, 105, QDate(1980, 5, 17), 1), digits)
        << "checksum_mismatch";
    QTest::newRow("swapped digits") << QString(good).replace(14, 2, good.mid(15, 1) + good.mid(14, 1))
                                    << "checksum_mismatch";
    for (const int province : {0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 83, 90, 99})
        QTest::addRow("province %d", province)
            << samples::residentId(province, 105, QDate(1980, 5, 17), 1) << "invalid_province";

    // Impossible dates: the check digit is still right, so only the date can fail.
    auto withDate = [](const QString &yyyymmdd) {
        return samples::residentIdFromBody(QStringLiteral("110105") + yyyymmdd + QStringLiteral("123"));
    };
    QTest::newRow("Feb 30") << withDate(QStringLiteral("19900230")) << "invalid_birth_date";
    QTest::newRow("Feb 29 non-leap") << withDate(QStringLiteral("19000229")) << "invalid_birth_date";
    QTest::newRow("month 13") << withDate(QStringLiteral("19901301")) << "invalid_birth_date";
    QTest::newRow("month 00") << withDate(QStringLiteral("19900001")) << "invalid_birth_date";
    QTest::newRow("day 00") << withDate(QStringLiteral("19900100")) << "invalid_birth_date";
    QTest::newRow("April 31") << withDate(QStringLiteral("19900431")) << "invalid_birth_date";
    QTest::newRow("1899") << withDate(QStringLiteral("18991231")) << "birth_date_before_1900";
    QTest::newRow("year 0000") << withDate(QStringLiteral("00000101")) << "invalid_birth_date";
    QTest::newRow("tomorrow") << withDate(QStringLiteral("20250701")) << "birth_date_in_future";
    QTest::newRow("far future") << withDate(QStringLiteral("20991231")) << "birth_date_in_future";

    QTest::newRow("15-digit legacy") << QStringLiteral("110105491231002") << "legacy_15_digit";
    QTest::newRow("17 digits") << good.first(17) << "too_short";
    QTest::newRow("16 digits") << good.first(16) << "too_short";
    QTest::newRow("19 digits") << good + u'1' << "too_long";
    QTest::newRow("10k characters") << QString(10000, u'1') << "too_long";
    QTest::newRow("full-width digits")
        << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ") << "fullwidth_characters";
    QTest::newRow("one full-width digit") << QString(good).replace(3, 1, QChar(0xFF10))
                                          << "fullwidth_characters";
    QTest::newRow("Arabic-Indic digits") << QString(good).replace(0, 2, QStringLiteral("\u0661\u0661"))
                                         << "invalid_characters";
    QTest::newRow("inner space") << QStringLiteral("110105 19491231002X") << "contains_whitespace";
    QTest::newRow("trailing space") << good + u' ' << "contains_whitespace";
    QTest::newRow("tab") << good.first(17) + u'\t' << "contains_whitespace";
    QTest::newRow("ideographic space") << QChar(0x3000) + good << "contains_whitespace";
    QTest::newRow("hyphens") << QStringLiteral("110105-19491231-002X") << "invalid_characters";
    QTest::newRow("X in the middle") << QStringLiteral("1101051949X231002X") << "invalid_characters";
    QTest::newRow("letter") << QStringLiteral("11010519491231002A") << "invalid_characters";
    QTest::newRow("SQL injection") << QStringLiteral("' OR 1=1 --") << "invalid_characters";
    QTest::newRow("SQL with digits") << QStringLiteral("11010519491231002X';DROP") << "invalid_characters";
    QTest::newRow("emoji") << QStringLiteral("11010519491231002\U0001F600") << "invalid_characters";
    QTest::newRow("NUL") << QString(good).replace(5, 1, QChar(0)) << "invalid_characters";
    QTest::newRow("replacement char") << QString(good).replace(5, 1, QChar(0xFFFD)) << "invalid_characters";
}

void TestResidentIdValidator::invalid()
{
    QFETCH(QString, id);
    QFETCH(QString, reason);
    const ValidationResult result = branch::validateResidentId(id, kToday);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.status, ValidationResult::Status::Invalid);
    QVERIFY(!result.message().isEmpty());
}

void TestResidentIdValidator::checkCharacter()
{
    QCOMPARE(branch::residentIdCheckCharacter(u"11010519491231002"), QChar(u'X'));
    QCOMPARE(branch::residentIdCheckCharacter(u"1101051949123100"), QChar());
    QCOMPARE(branch::residentIdCheckCharacter(u"1101051949123100A"), QChar());
}

void TestResidentIdValidator::defaultTodayAcceptsYesterday()
{
    const QDate yesterday = QDate::currentDate().addDays(-1);
    const QString id = samples::residentId(31, 101, yesterday, 5);
    QVERIFY(branch::validateResidentId(id).isValid());
    const QString nextYear = samples::residentId(31, 101, QDate::currentDate().addYears(1), 5);
    QCOMPARE(branch::validateResidentId(nextYear).reason, QStringLiteral("birth_date_in_future"));
}

QTEST_GUILESS_MAIN(TestResidentIdValidator)
#include "tst_residentidvalidator.moc"
