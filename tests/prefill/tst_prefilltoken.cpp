// PrefillTokenCodec: a token core signs reads back whole, and every way of
// forging, altering, replaying elsewhere or outliving one is refused with
// its own reason code and a message in both languages.
#include "Base32.h"
#include "PrefillReason.h"
#include "PrefillToken.h"

#include <QTest>

using namespace branch;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);

struct Fixture
{
    TokenSigner signer = *TokenSigner::generate();
    PrefillToken token = PrefillToken::create(QStringLiteral("hpf.deposit_registration"), QStringLiteral("BR001"),
                                              Now.addSecs(72 * 3600));
    PrefillTokenPolicy policy() const
    {
        PrefillTokenPolicy p;
        p.publicKeys.insert(signer.keyId(), signer.publicKey());
        p.scopes = {QStringLiteral("BR001"), QStringLiteral("region:GD")};
        p.knownService = [](const QString &id) { return id == u"hpf.deposit_registration"; };
        p.now = Now;
        return p;
    }
};

// The token's bytes with one bit flipped at `offset` (from the end when negative).
QString flipped(const QString &text, int offset)
{
    QByteArray body = *Base32::decode(text.mid(5).toLatin1());
    const qsizetype at = offset < 0 ? body.size() + offset : offset;
    body[at] = static_cast<char>(body.at(at) ^ 0x01);
    return QStringLiteral("ETB1.") + QString::fromLatin1(Base32::encode(body));
}

} // namespace

class TestPrefillToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        Fixture f;
        const QString text = PrefillTokenCodec::encode(f.token, f.signer);
        QVERIFY(text.startsWith(u"ETB1."));
        // QR alphanumeric mode: upper-case letters, digits and '.' only.
        for (const QChar c : text)
            QVERIFY2(c.isDigit() || (c >= u'A' && c <= u'Z') || c == u'.', qPrintable(text));
        const Result<PrefillToken> parsed = PrefillTokenCodec::parse(text, f.policy());
        QVERIFY2(parsed.ok(), qPrintable(parsed.reason()));
        QCOMPARE(parsed->reference, f.token.reference);
        QCOMPARE(parsed->reference.size(), 16);
        QCOMPARE(parsed->nonce, f.token.nonce);
        QCOMPARE(parsed->serviceId, f.token.serviceId);
        QCOMPARE(parsed->branch, f.token.branch);
        QCOMPARE(parsed->expiresAt, f.token.expiresAt);
        QCOMPARE(parsed->keyId, f.signer.keyId());
        QVERIFY(!parsed->isOffline());
        // Small enough for a QR code a phone shows at arm's length.
        QVERIFY2(text.size() < 260, qPrintable(QString::number(text.size())));
    }

    void twoTokensDiffer()
    {
        Fixture f;
        const PrefillToken other = PrefillToken::create(f.token.serviceId, f.token.branch, f.token.expiresAt);
        QVERIFY(other.reference != f.token.reference);
        QVERIFY(other.nonce != f.token.nonce);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("tamper");
        // tamper: how the good token is spoiled (see refused()).
        QTest::newRow("payment code") << QString(PrefillReason::NotOurs) << 0;
        QTest::newRow("web address") << QString(PrefillReason::NotOurs) << 1;
        QTest::newRow("empty") << QString(PrefillReason::NotOurs) << 2;
        QTest::newRow("lower-case prefix") << QString(PrefillReason::NotOurs) << 3;
        QTest::newRow("ETB2") << QString(PrefillReason::UnsupportedVersion) << 10;
        QTest::newRow("version byte 2") << QString(PrefillReason::UnsupportedVersion) << 11;
        QTest::newRow("truncated") << QString(PrefillReason::Malformed) << 20;
        QTest::newRow("not base32") << QString(PrefillReason::Malformed) << 21;
        QTest::newRow("trailing byte") << QString(PrefillReason::Malformed) << 22;
        QTest::newRow("prefix only") << QString(PrefillReason::Malformed) << 23;
        QTest::newRow("service flipped") << QString(PrefillReason::BadSignature) << 30;
        QTest::newRow("signature flipped") << QString(PrefillReason::BadSignature) << 31;
        QTest::newRow("reference flipped") << QString(PrefillReason::BadSignature) << 32;
        QTest::newRow("forged by another key with our id") << QString(PrefillReason::BadSignature) << 33;
        QTest::newRow("another key") << QString(PrefillReason::UnknownKey) << 40;
        QTest::newRow("expired") << QString(PrefillReason::Expired) << 50;
        QTest::newRow("expires this second") << QString(PrefillReason::Expired) << 51;
        QTest::newRow("other branch") << QString(PrefillReason::WrongBranch) << 60;
        QTest::newRow("unknown service") << QString(PrefillReason::UnknownService) << 70;
    }

    void refused()
    {
        QFETCH(QString, reason);
        QFETCH(int, tamper);
        Fixture f;
        PrefillTokenPolicy policy = f.policy();
        PrefillToken token = f.token;
        const TokenSigner other = *TokenSigner::generate();
        const TokenSigner *signer = &f.signer;
        switch (tamper) {
        case 50: token.expiresAt = Now.addSecs(-1); break;
        case 51: token.expiresAt = Now; break;
        case 60: token.branch = QStringLiteral("BR002"); break;
        case 70: token.serviceId = QStringLiteral("bank.secret_service"); break;
        case 40: signer = &other; break;
        case 33:
            signer = &other;
            policy.publicKeys.clear();
            policy.publicKeys.insert(other.keyId(), f.signer.publicKey());
            break;
        default: break;
        }
        QString text = PrefillTokenCodec::encode(token, *signer);
        switch (tamper) {
        case 0: text = QStringLiteral("https://qr.alipay.com/fkx17227cjvthvd8e5dk3"); break;
        case 1: text = QStringLiteral("HTTPS://EXAMPLE.COM/ETB1."); break;
        case 2: text.clear(); break;
        case 3: text = QStringLiteral("etb1.") + text.mid(5); break;
        case 10: text = QStringLiteral("ETB2.") + text.mid(5); break;
        case 11: {
            QByteArray body = *Base32::decode(text.mid(5).toLatin1());
            body[0] = 2;
            text = QStringLiteral("ETB1.") + QString::fromLatin1(Base32::encode(body));
            break;
        }
        case 20: text.chop(16); break;
        case 21: text.replace(10, 1, u'1'); break;
        case 22: {
            QByteArray body = *Base32::decode(text.mid(5).toLatin1());
            text = QStringLiteral("ETB1.") + QString::fromLatin1(Base32::encode(body + 'x'));
            break;
        }
        case 23: text = QStringLiteral("ETB1."); break;
        case 30: text = flipped(text, -64 - 3); break;
        case 31: text = flipped(text, -1); break;
        case 32: text = flipped(text, 8); break;
        default: break;
        }
        const Result<PrefillToken> parsed = PrefillTokenCodec::parse(text, policy);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.reason(), reason);
    }

    void everyReasonHasMessages_data()
    {
        QTest::addColumn<QString>("reason");
        for (const QString &reason : PrefillReason::all())
            QTest::newRow(qPrintable(reason)) << reason;
    }

    // The catch-all sentence names the code; a real reason has its own sentence.
    void everyReasonHasMessages()
    {
        QFETCH(QString, reason);
        const QString message = PrefillMessages::message(reason);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(u'(' + reason + u')'), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestPrefillToken)
#include "tst_prefilltoken.moc"
