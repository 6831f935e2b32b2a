#include "Result.h"

#include <QTest>

#include <memory>

using namespace branch;

namespace {

Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok)
        return fail(QStringLiteral("not_a_number"), QStringLiteral("text"));
    if (n <= 0)
        return fail(QStringLiteral("not_positive"));
    return n;
}

Result<void> checkEven(int n)
{
    if (n % 2)
        return fail(QStringLiteral("odd"), QString::number(n));
    return {};
}

// A module's own error, with more than a reason.
struct RichError
{
    QString reason;
    QString message;
};

} // namespace

// Result<T> holds a value or an error with a reason code; Result<void> only
// the outcome.
class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueOrReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("detail");
        QTest::newRow("positive") << "42" << true << 42 << "" << "";
        QTest::newRow("zero") << "0" << false << -1 << "not_positive" << "";
        QTest::newRow("text") << "x" << false << -1 << "not_a_number" << "text";
    }

    void valueOrReason()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, value);
        QFETCH(QString, reason);
        QFETCH(QString, detail);
        const Result<int> r = parsePositive(text);
        QCOMPARE(r.ok(), ok);
        QCOMPARE(bool(r), ok);
        QCOMPARE(r.reason(), reason);
        QCOMPARE(r.valueOr(-1), value);
        if (ok)
            QCOMPARE(r.value(), value);
        else
            QCOMPARE(r.error(), (Error{reason, detail}));
    }

    void voidResult()
    {
        QVERIFY(checkEven(4).ok());
        QVERIFY(Result<void>::success().ok());
        QVERIFY(checkEven(4).reason().isEmpty());
        const Result<void> odd = checkEven(3);
        QVERIFY(!odd.ok());
        QCOMPARE(odd.reason(), QStringLiteral("odd"));
        QCOMPARE(odd.error().detail, QStringLiteral("3"));
        // A failure is a failure even when its reason was left empty.
        QVERIFY(!Result<void>(Error{}).ok());
    }

    void moveOnlyValue()
    {
        Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
        QVERIFY(r.ok());
        QCOMPARE(*r.value(), 7);
        const std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 7);
    }

    void ownErrorType()
    {
        const Result<QString, RichError> r = RichError{QStringLiteral("kek_missing"), QStringLiteral("translated")};
        QVERIFY(!r.ok());
        QCOMPARE(r.reason(), QStringLiteral("kek_missing"));
        QCOMPARE(r.error().message, QStringLiteral("translated"));
        const Result<QString, RichError> fine = QStringLiteral("key");
        QCOMPARE(fine->size(), 3);
        QVERIFY(fine.reason().isEmpty());
        QVERIFY((Result<void, RichError>().ok()));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
