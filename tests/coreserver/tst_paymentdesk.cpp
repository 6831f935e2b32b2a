// PaymentDesk, core's reference bank, on a real CoreStore: SQLite and
// PostgreSQL 15 (the ctest fixture). Requests are made by the kiosk's
// simulators (card reader and PIN pad), as the kiosk makes them.
#include "CoreStores.h"
#include "CoreTestData.h"
#include "PaymentDesk.h"
#include "PaymentReason.h"
#include "SimulatedCardReader.h"
#include "SimulatedPinPad.h"
#include "TestCards.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using namespace coretest;
using namespace std::chrono_literals;

class TestPaymentDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_conninfo;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);

    std::unique_ptr<CoreStore> makeStore(const QString &backend)
    {
        return openStore(backend, m_dir.filePath(QStringLiteral("core.db")), m_conninfo);
    }

    // Balances are per account across devices: each test starts with none
    // charged, as a bank's test accounts would be reset.
    bool clearPayments(const QString &backend)
    {
        const QString name = QStringLiteral("clear-%1").arg(QRandomGenerator::global()->generate());
        bool ok = false;
        {
            QSqlDatabase db = rawConnection(backend, m_dir.filePath(QStringLiteral("core.db")), m_conninfo, name);
            QSqlQuery q(db);
            ok = db.open() && q.exec(QStringLiteral("DELETE FROM payments"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // What the kiosk sends for `card`, read and entered on the simulators.
    static PaymentRequest requestFor(const QString &card, qint64 fen, const QString &key = randomKey())
    {
        SimulatedCardReader reader(TestCards::byName(card)->track2);
        SimulatedPinPad pad(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
        PaymentRequest r;
        r.key = key;
        r.amount = Money(fen);
        r.reference = QStringLiteral("bill-electricity-2026-11");
        r.card = reader.readCard(1s).value();
        r.pin = pad.collectPin(r.card, 1s).value();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_conninfo = test::fixtureConninfo(&error);
        QVERIFY2(!m_conninfo.isEmpty(), qPrintable(error));
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")})
            QVERIFY(makeStore(backend)); // creates the schema
    }

    void init()
    {
        QVERIFY(clearPayments(QStringLiteral("sqlite")));
        QVERIFY(clearPayments(QStringLiteral("postgresql")));
    }

    // Each simulated card gets its own decision, ¥120.50 each.
    void decidesEachTestCard_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("reason"); // empty: authorised
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            for (const char *card : {"ok", "insufficient_funds", "wrong_pin", "card_locked"}) {
                QTest::addRow("%s %s", qPrintable(backend), card)
                    << backend << QString::fromLatin1(card)
                    << (qstrcmp(card, "ok") == 0 ? QString() : QString::fromLatin1(card));
            }
            QTest::addRow("%s limit_exceeded", qPrintable(backend))
                << backend << QStringLiteral("limit_exceeded") << QString(PaymentReason::LimitExceeded);
        }
    }

    void decidesEachTestCard()
    {
        QFETCH(QString, backend);
        QFETCH(QString, card);
        QFETCH(QString, reason);
        auto store = makeStore(backend);
        QVERIFY(store);
        PaymentDesk desk(*store);
        const qint64 fen = card == u"limit_exceeded" ? 5'001 : 12'050;
        const PaymentDecision d = desk.authorise(randomDevice(), requestFor(card, fen), m_now);
        QCOMPARE(d.httpStatus, 201);
        QCOMPARE(d.outcome.state, reason.isEmpty() ? PaymentState::Authorised : PaymentState::Declined);
        QCOMPARE(d.outcome.reason, reason);
        QCOMPARE(d.outcome.authorisation.size(), reason.isEmpty() ? 6 : 0);
        QVERIFY(!d.outcome.replayed);
    }

    // The same key, asked three times (each a new PIN entry, as a kiosk that
    // lost the answer might): one charge. Proven by the balance: ¥50,000 on
    // the card, ¥20,000 a payment; if the repeats had charged, the second
    // key would be refused for funds.
    void repeatChargesOnce_data() { backendRows(); }
    void repeatChargesOnce()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        PaymentDesk desk(*store);
        const QString device = randomDevice();
        const QString key = randomKey();
        const PaymentDecision first = desk.authorise(device, requestFor(QStringLiteral("ok"), 2'000'000, key), m_now);
        QCOMPARE(first.httpStatus, 201);
        QCOMPARE(first.outcome.state, PaymentState::Authorised);
        for (int i = 0; i < 2; ++i) {
            const PaymentDecision again =
                desk.authorise(device, requestFor(QStringLiteral("ok"), 2'000'000, key), m_now.addSecs(5));
            QCOMPARE(again.httpStatus, 200);
            QVERIFY(again.outcome.replayed);
            QCOMPARE(again.outcome.authorisation, first.outcome.authorisation);
        }
        QCOMPARE(desk.authorise(device, requestFor(QStringLiteral("ok"), 2'000'000), m_now).outcome.state,
                 PaymentState::Authorised);
        const PaymentDecision third = desk.authorise(device, requestFor(QStringLiteral("ok"), 2'000'000), m_now);
        QCOMPARE(third.outcome.reason, QString(PaymentReason::InsufficientFunds));
    }

    // A request paid at the kiosk names its payment: core applies it only with
    // that payment authorised, from the same device, for the same amount, and
    // applies no second request on it. A replay of the first is still a replay.
    void transactionNeedsItsPayment_data() { backendRows(); }
    void transactionNeedsItsPayment()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        QVERIFY(clearPayments(backend));
        PaymentDesk desk(*store);
        const QString device = randomDevice();
        const QString paymentKey = randomKey();
        QCOMPARE(desk.authorise(device, requestFor(QStringLiteral("ok"), 20'325, paymentKey), m_now).outcome.state,
                 PaymentState::Authorised);
        const QString declinedKey = randomKey();
        QCOMPARE(desk.authorise(device, requestFor(QStringLiteral("wrong_pin"), 20'325, declinedKey), m_now)
                     .outcome.state,
                 PaymentState::Declined);

        qint64 sequence = 0;
        QHash<QString, QJsonObject> sent; // a key sent again is the same body: a replay
        const auto apply = [&](const QString &onDevice, const QString &payKey, qint64 fen, const QString &key) {
            QJsonObject object = sent.value(key);
            if (object.isEmpty()) {
                object = ofDevice(txObject(key, ++sequence, QStringLiteral("utility.electricity"), fen), onDevice);
                object.insert(QStringLiteral("paymentKey"), payKey);
                sent.insert(key, object);
            }
            const CoreTransaction t = tx(object);
            const auto applied = [this](const CoreTransaction &c) {
                CoreResult r;
                r.key = c.key;
                r.outcome = QStringLiteral("applied");
                r.coreRef = QStringLiteral("REF-") + c.key.left(8);
                r.appliedAt = m_now;
                return r;
            };
            QList<CoreResult> results;
            const CoreStoreStatus status = store->applyBatch(onDevice, {t}, m_now, applied, &results);
            return status.ok() && results.size() == 1 ? results.constFirst() : CoreResult{};
        };
        const QString first = randomKey();
        QVERIFY(apply(device, paymentKey, 20'325, first).isApplied());
        QVERIFY(apply(device, paymentKey, 20'325, first).replayed);
        QCOMPARE(apply(device, paymentKey, 20'325, randomKey()).reason, QStringLiteral("payment_already_used"));
        QCOMPARE(apply(device, randomKey(), 20'325, randomKey()).reason, QStringLiteral("payment_not_authorised"));
        QCOMPARE(apply(device, declinedKey, 20'325, randomKey()).reason, QStringLiteral("payment_not_authorised"));
        QCOMPARE(apply(randomDevice(), paymentKey, 20'325, randomKey()).reason,
                 QStringLiteral("payment_not_authorised"));
        const QString otherPayment = randomKey();
        QCOMPARE(desk.authorise(device, requestFor(QStringLiteral("ok"), 100, otherPayment), m_now).outcome.state,
                 PaymentState::Authorised);
        QCOMPARE(apply(device, otherPayment, 20'325, randomKey()).reason, QStringLiteral("payment_not_authorised"));
        QVERIFY(apply(device, otherPayment, 100, randomKey()).isApplied());
    }

    // Another payment under a used key is refused and changes nothing: the
    // first payment's record and its lookup stay as they were.
    void keyReusedForAnotherPayment_data() { backendRows(); }
    void keyReusedForAnotherPayment()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        PaymentDesk desk(*store);
        const QString device = randomDevice();
        const QString key = randomKey();
        const PaymentDecision first = desk.authorise(device, requestFor(QStringLiteral("ok"), 1'000, key), m_now);
        QCOMPARE(first.outcome.state, PaymentState::Authorised);
        const PaymentDecision other = desk.authorise(device, requestFor(QStringLiteral("ok"), 1'001, key), m_now);
        QCOMPARE(other.httpStatus, 409);
        QCOMPARE(other.outcome.reason, QString(PaymentReason::KeyReused));
        const PaymentDecision otherCard =
            desk.authorise(device, requestFor(QStringLiteral("wrong_pin"), 1'000, key), m_now);
        QCOMPARE(otherCard.httpStatus, 409);
        const PaymentDecision looked = desk.lookup(device, key);
        QCOMPARE(looked.httpStatus, 200);
        QCOMPARE(looked.outcome.state, PaymentState::Authorised);
        QCOMPARE(looked.outcome.authorisation, first.outcome.authorisation);
    }

    // Three wrong PINs in a row lock the card, even for the right PIN after;
    // a right PIN in between starts the count again. Other cards are not
    // touched.
    void wrongPinsLockTheCard_data() { backendRows(); }
    void wrongPinsLockTheCard()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        PaymentDesk desk(*store);
        const QString device = randomDevice();
        const QString card = QStringLiteral("wrong_pin"); // its customer types 4321; the bank holds 1234
        QDateTime at = m_now;
        auto withPin = [&](const QByteArray &digits) {
            PaymentRequest r = requestFor(card, 1'000);
            SimulatedPinPad pad(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
            pad.type(digits);
            r.pin = pad.collectPin(r.card, 1s).value();
            at = at.addSecs(20); // one attempt after the other
            return desk.authorise(device, r, at).outcome;
        };
        QCOMPARE(withPin("4321").reason, QString(PaymentReason::WrongPin));
        QCOMPARE(withPin("4321").reason, QString(PaymentReason::WrongPin));
        QCOMPARE(withPin("1234").state, PaymentState::Authorised); // the count starts again
        for (int i = 0; i < PaymentDesk::MaxWrongPins; ++i)
            QCOMPARE(withPin("4321").reason, QString(PaymentReason::WrongPin));
        QCOMPARE(withPin("1234").reason, QString(PaymentReason::CardLocked));
        QCOMPARE(desk.authorise(device, requestFor(QStringLiteral("ok"), 1'000), m_now).outcome.state,
                 PaymentState::Authorised);
    }

    // GET: an unknown key is 404 (nothing charged); a key belongs to its device.
    void lookup_data() { backendRows(); }
    void lookup()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        PaymentDesk desk(*store);
        const QString device = randomDevice();
        const QString key = randomKey();
        QCOMPARE(desk.lookup(device, key).httpStatus, 404);
        desk.authorise(device, requestFor(QStringLiteral("wrong_pin"), 1'000, key), m_now);
        const PaymentDecision looked = desk.lookup(device, key);
        QCOMPARE(looked.httpStatus, 200);
        QCOMPARE(looked.outcome.state, PaymentState::Declined);
        QCOMPARE(looked.outcome.reason, QString(PaymentReason::WrongPin));
        QCOMPARE(desk.lookup(randomDevice(), key).httpStatus, 404);
    }

    // What the card or the pad sent that the bank cannot take.
    void refusals_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            QTest::addRow("%s expired", qPrintable(backend)) << backend << "expired" << QString(PaymentReason::CardExpired);
            QTest::addRow("%s unknown card", qPrintable(backend))
                << backend << "stranger" << QString(PaymentReason::CardUnknown);
            QTest::addRow("%s unknown pad key", qPrintable(backend))
                << backend << "keyid" << QString(PaymentReason::PinKeyInvalid);
            QTest::addRow("%s block for another card", qPrintable(backend))
                << backend << "block" << QString(PaymentReason::PinBlockMalformed);
            QTest::addRow("%s HKD", qPrintable(backend)) << backend << "hkd" << QString(PaymentReason::InvalidAmount);
        }
    }

    void refusals()
    {
        QFETCH(QString, backend);
        QFETCH(QString, change);
        QFETCH(QString, reason);
        auto store = makeStore(backend);
        QVERIFY(store);
        PaymentDesk desk(*store);
        PaymentRequest r = requestFor(QStringLiteral("ok"), 1'000);
        if (change == u"expired")
            r.card.expiry = "2611";
        else if (change == u"stranger")
            r.card.pan = "4111111111111111";
        else if (change == u"keyid")
            r.pin.keyId = QStringLiteral("prod-7");
        else if (change == u"block")
            r.pin = requestFor(QStringLiteral("insufficient_funds"), 1'000).pin;
        else if (change == u"hkd")
            r.amount = Money(1'000, QStringLiteral("HKD"));
        const PaymentDecision d = desk.authorise(randomDevice(), r, m_now);
        QCOMPARE(d.outcome.state, PaymentState::Declined);
        // A block bound to another card decodes to noise: malformed, or a
        // well-formed wrong PIN one time in many.
        if (change == u"block")
            QVERIFY2(d.outcome.reason == reason || d.outcome.reason == PaymentReason::PinLengthInvalid
                         || d.outcome.reason == PaymentReason::WrongPin,
                     qPrintable(d.outcome.reason));
        else
            QCOMPARE(d.outcome.reason, reason);
    }
};

QTEST_GUILESS_MAIN(TestPaymentDesk)
#include "tst_paymentdesk.moc"
