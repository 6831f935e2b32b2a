#include "Database.h"
#include "PaymentRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

Q_DECLARE_METATYPE(branch::PaymentState)

namespace {
PaymentRow intent(const QString &key)
{
    PaymentRow r;
    r.key = key;
    r.reference = QStringLiteral("bill-electricity-2026-11");
    r.amount = Money(12'050);
    r.maskedPan = QStringLiteral("622****0015");
    r.createdMs = 1'000;
    return r;
}
const QString kKey = QStringLiteral("0123456789abcdef0123456789abcdef");
} // namespace

// The kiosk's payment records in a real SQLite file: an intent is there
// after a reopen, and only the moves PaymentStates allows are made.
class TestPaymentRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("kiosk-%1.db").arg(++m_files)); }

private Q_SLOTS:
    void intentSurvivesReopen()
    {
        const QString path = freshPath();
        {
            Database db;
            QVERIFY(db.open({path}).ok);
            PaymentRepository repo(db);
            QVERIFY(!repo.recordIntent(intent(kKey)).isError());
        }
        Database db;
        QVERIFY(db.open({path}).ok);
        PaymentRepository repo(db);
        const auto found = repo.find(kKey);
        QVERIFY(found.ok() && found.value);
        QCOMPARE(found.value->state, PaymentState::Pending);
        QCOMPARE(found.value->amount, Money(12'050));
        QCOMPARE(repo.unresolved().value.size(), 1);
        // No card number is stored anywhere in the row.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM payments")) && q.next());
        for (int i = 0; i < q.record().count(); ++i)
            QVERIFY(!q.value(i).toString().contains(QLatin1String("6222020000000015")));
    }

    void sameKeyTwiceIsRefused()
    {
        Database db;
        QVERIFY(db.open({freshPath()}).ok);
        PaymentRepository repo(db);
        QVERIFY(!repo.recordIntent(intent(kKey)).isError());
        QVERIFY(repo.recordIntent(intent(kKey)).isError());
    }

    void moves_data()
    {
        QTest::addColumn<QList<PaymentState>>("path");
        QTest::addColumn<QString>("lastError");
        using S = PaymentState;
        QTest::newRow("authorised") << QList<S>{S::Authorised} << QString();
        QTest::newRow("unknown, resolved") << QList<S>{S::Unknown, S::Declined} << QString();
        QTest::newRow("authorised twice") << QList<S>{S::Authorised, S::Authorised}
                                          << QString(StoreReason::PaymentStateInvalid);
        QTest::newRow("declined then authorised") << QList<S>{S::Declined, S::Authorised}
                                                  << QString(StoreReason::PaymentStateInvalid);
        QTest::newRow("unknown back to pending") << QList<S>{S::Unknown, S::Pending}
                                                 << QString(StoreReason::PaymentStateInvalid);
    }

    void moves()
    {
        QFETCH(QList<PaymentState>, path);
        QFETCH(QString, lastError);
        Database db;
        QVERIFY(db.open({freshPath()}).ok);
        PaymentRepository repo(db);
        QVERIFY(!repo.recordIntent(intent(kKey)).isError());
        QString error;
        for (PaymentState s : path)
            error = repo.move(kKey, s, {}, QStringLiteral("A1B2C3"), 2'000).reason;
        QCOMPARE(error, lastError);
        const PaymentState expected = lastError.isEmpty() ? path.last() : path.first();
        QCOMPARE(repo.find(kKey).value->state, expected);
    }

    void missingKey()
    {
        Database db;
        QVERIFY(db.open({freshPath()}).ok);
        PaymentRepository repo(db);
        QCOMPARE(repo.move(kKey, PaymentState::Authorised, {}, {}, 0).reason, QString(StoreReason::PaymentMissing));
        QVERIFY(!repo.find(kKey).value);
    }
};

QTEST_GUILESS_MAIN(TestPaymentRepository)
#include "tst_paymentrepository.moc"
