#include "Payment.h"
#include "PaymentReason.h"
#include "TestCards.h"

#include <QTest>

using namespace branch;

Q_DECLARE_METATYPE(branch::PaymentState)

namespace {
PaymentRequest sample()
{
    PaymentRequest r;
    r.key = QStringLiteral("0123456789abcdef0123456789abcdef");
    r.amount = Money(12'345);
    r.reference = QStringLiteral("bill-elec-2026-11");
    r.card = CardData::parseTrack2(TestCards::byName(QStringLiteral("ok"))->track2).value();
    r.pin = EncryptedPin{QByteArray::fromHex("385E6B6FEE92BA8B772993B1A7DDC202"), QStringLiteral("dev-1")};
    return r;
}
} // namespace

// The payment's states, its wire form both ways, and what makes two requests
// the same payment for core's idempotency check.
class TestPayment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moves_data()
    {
        QTest::addColumn<PaymentState>("from");
        QTest::addColumn<PaymentState>("to");
        QTest::addColumn<bool>("allowed");
        using S = PaymentState;
        QTest::newRow("authorised to itself") << S::Authorised << S::Authorised << false;
        QTest::newRow("pending->authorised") << S::Pending << S::Authorised << true;
        QTest::newRow("pending->declined") << S::Pending << S::Declined << true;
        QTest::newRow("pending->unknown") << S::Pending << S::Unknown << true;
        QTest::newRow("unknown->authorised") << S::Unknown << S::Authorised << true;
        QTest::newRow("unknown->declined") << S::Unknown << S::Declined << true;
        QTest::newRow("unknown->pending (a blind repeat)") << S::Unknown << S::Pending << false;
        QTest::newRow("authorised->declined") << S::Authorised << S::Declined << false;
        QTest::newRow("declined->authorised") << S::Declined << S::Authorised << false;
        QTest::newRow("declined->pending") << S::Declined << S::Pending << false;
    }

    void moves()
    {
        QFETCH(PaymentState, from);
        QFETCH(PaymentState, to);
        QFETCH(bool, allowed);
        QCOMPARE(PaymentStates::canMove(from, to), allowed);
    }

    void stateNames()
    {
        for (PaymentState s : {PaymentState::Pending, PaymentState::Authorised, PaymentState::Declined,
                               PaymentState::Unknown})
            QCOMPARE(PaymentStates::fromName(PaymentStates::name(s)), s);
        QVERIFY(!PaymentStates::fromName(u"Authorised"));
    }

    void requestRoundTrip()
    {
        const PaymentRequest r = sample();
        const Result<PaymentRequest> back = PaymentRequest::fromJson(r.toJson());
        QVERIFY2(back.ok(), qPrintable(back.reason()));
        QCOMPARE(back->key, r.key);
        QCOMPARE(back->amount, r.amount);
        QCOMPARE(back->card.pan, r.card.pan);
        QCOMPARE(back->pin.block, r.pin.block);
        QCOMPARE(back->fingerprint(), r.fingerprint());
    }

    void requestRefusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("upper-case key") << QStringLiteral("key") << QJsonValue(QStringLiteral("0123456789ABCDEF0123456789ABCDEF"))
                                        << QString(PaymentReason::InvalidKey);
        QTest::newRow("short key") << QStringLiteral("key") << QJsonValue(QStringLiteral("0123")) << QString(PaymentReason::InvalidKey);
        QTest::newRow("zero amount") << QStringLiteral("amount") << QJsonValue(QJsonObject{{QStringLiteral("fen"), 0}, {QStringLiteral("currency"), QStringLiteral("CNY")}})
                                     << QString(PaymentReason::InvalidAmount);
        QTest::newRow("negative amount") << QStringLiteral("amount") << QJsonValue(QJsonObject{{QStringLiteral("fen"), -5}, {QStringLiteral("currency"), QStringLiteral("CNY")}})
                                         << QString(PaymentReason::InvalidAmount);
        QTest::newRow("fractional fen") << QStringLiteral("amount") << QJsonValue(QJsonObject{{QStringLiteral("fen"), 1.5}, {QStringLiteral("currency"), QStringLiteral("CNY")}})
                                        << QString(PaymentReason::InvalidAmount);
        QTest::newRow("amount as text") << QStringLiteral("amount") << QJsonValue(QJsonObject{{QStringLiteral("fen"), QStringLiteral("100")}, {QStringLiteral("currency"), QStringLiteral("CNY")}})
                                        << QString(PaymentReason::InvalidAmount);
        QTest::newRow("bad currency") << QStringLiteral("amount") << QJsonValue(QJsonObject{{QStringLiteral("fen"), 100}, {QStringLiteral("currency"), QStringLiteral("yuan")}})
                                      << QString(PaymentReason::InvalidAmount);
        QTest::newRow("no reference") << QStringLiteral("reference") << QJsonValue(QStringLiteral("")) << QString(PaymentReason::InvalidReference);
        QTest::newRow("PAN with letters") << QStringLiteral("pan") << QJsonValue(QStringLiteral("62220200000000AB"))
                                          << QString(PaymentReason::CardUnreadable);
        QTest::newRow("PIN block of 15 bytes") << QStringLiteral("pinBlock") << QJsonValue(QStringLiteral("385E6B6FEE92BA8B772993B1A7DDC2"))
                                               << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("PIN block upper-case") << QStringLiteral("pinBlock") << QJsonValue(QStringLiteral("385E6B6FEE92BA8B772993B1A7DDC202"))
                                              << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("no key id") << QStringLiteral("pinKeyId") << QJsonValue(QStringLiteral("")) << QString(PaymentReason::PinBlockMalformed);
    }

    void requestRefusals()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject json = sample().toJson();
        json.insert(field, value);
        QCOMPARE(PaymentRequest::fromJson(json).reason(), reason);
    }

    // The same payment (another PIN entry included) has one fingerprint; any
    // change to what is paid, or by which card, gives another.
    void fingerprint()
    {
        const PaymentRequest r = sample();
        PaymentRequest again = r;
        again.pin.block = QByteArray(16, 'z');
        QCOMPARE(again.fingerprint(), r.fingerprint());
        PaymentRequest other = r;
        other.amount = Money(12'346);
        QVERIFY(other.fingerprint() != r.fingerprint());
        other = r;
        other.reference += u'x';
        QVERIFY(other.fingerprint() != r.fingerprint());
        other = r;
        other.card.pan = TestCards::byName(QStringLiteral("wrong_pin"))->pan;
        QVERIFY(other.fingerprint() != r.fingerprint());
        other = r;
        other.amount = Money(12'345, QStringLiteral("HKD"));
        QVERIFY(other.fingerprint() != r.fingerprint());
    }

    void outcomeRoundTripAndRefusals()
    {
        PaymentOutcome authorised{sample().key, PaymentState::Authorised, {}, QStringLiteral("A1B2C3"), true};
        const Result<PaymentOutcome> back = PaymentOutcome::fromJson(authorised.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->authorisation, authorised.authorisation);
        QVERIFY(back->replayed);
        PaymentOutcome declined{sample().key, PaymentState::Declined, {}, {}, false};
        QCOMPARE(PaymentOutcome::fromJson(declined.toJson()).reason(), QString(PaymentReason::BadResponse));
        authorised.authorisation.clear();
        QCOMPARE(PaymentOutcome::fromJson(authorised.toJson()).reason(), QString(PaymentReason::BadResponse));
        QJsonObject odd = declined.toJson();
        odd.insert(QStringLiteral("state"), QStringLiteral("charged"));
        QCOMPARE(PaymentOutcome::fromJson(odd).reason(), QString(PaymentReason::BadResponse));
    }
};

QTEST_GUILESS_MAIN(TestPayment)
#include "tst_payment.moc"
