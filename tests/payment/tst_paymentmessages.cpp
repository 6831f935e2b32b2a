#include "PaymentReason.h"

#include <QTest>

using namespace branch;

// Every reason a customer can meet has a sentence (tst_translations checks
// its Chinese), and the retryable ones are those a customer can fix.
class TestPaymentMessages : public QObject
{
    Q_OBJECT

    static QStringList reasons()
    {
        using namespace PaymentReason;
        return {InsufficientFunds, WrongPin,     CardLocked,  LimitExceeded,     CardExpired, CardUnknown,
                Timeout,           CardUnreadable, Cancelled, DeviceFault,       PinBlockMalformed,
                PinLengthInvalid,  PanInvalid,   PinKeyInvalid, KeyReused,       NotFound,    Unknown,
                InvalidAmount,     InvalidKey,   InvalidReference, BadResponse};
    }

private Q_SLOTS:
    void everyReasonHasASentence()
    {
        for (const QString &reason : reasons())
            QVERIFY2(!PaymentMessages::messageFor(reason).isEmpty(), qPrintable(reason));
        QVERIFY(PaymentMessages::messageFor(QStringLiteral("no_such_reason")).isEmpty());
    }

    void retryable()
    {
        QVERIFY(PaymentMessages::retryable(PaymentReason::WrongPin));
        QVERIFY(PaymentMessages::retryable(PaymentReason::Timeout));
        QVERIFY(!PaymentMessages::retryable(PaymentReason::CardLocked));
        QVERIFY(!PaymentMessages::retryable(PaymentReason::InsufficientFunds));
        QVERIFY(!PaymentMessages::retryable(PaymentReason::Unknown));
    }
};

QTEST_GUILESS_MAIN(TestPaymentMessages)
#include "tst_paymentmessages.moc"
