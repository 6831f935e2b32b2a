// PrefillService with a scripted PrefillClient (the real one is
// HttpsCoreClient, tested against branch-core in tst_prefillcommand): the
// token is checked with the keys held before core is asked; core's refusals
// arrive with their reasons and messages; when core does not answer, an
// offline token opens with the branch key and an online one is refused.
#include "Catalog.h"
#include "CatalogLoader.h"
#include "FakeClock.h"
#include "OfflinePayload.h"
#include "PrefillClient.h"
#include "PrefillReason.h"
#include "PrefillService.h"

#include <QTest>

using namespace branch;

namespace {

class ScriptedPrefillClient final : public PrefillClient
{
public:
    PrefillClaimReply next;
    int claims = 0;
    QString lastToken;
    QString lastCode;

    PrefillKeysReply fetchPrefillKeys() override { return {}; }
    PrefillClaimReply claimPrefill(const QString &token, const QString &shortCode) override
    {
        ++claims;
        lastToken = token;
        lastCode = shortCode;
        return next;
    }
};

PrefillClaimReply status(ReplyStatus s, const QString &reason = {})
{
    PrefillClaimReply r;
    r.status = s;
    r.reason = reason;
    return r;
}

const QJsonObject Answers{{QStringLiteral("employee_name"), QStringLiteral("张伟")},
                          {QStringLiteral("wage_base"), QStringLiteral("8000.00")}};

} // namespace

class TestPrefillService : public QObject
{
    Q_OBJECT

private:
    const Catalog m_catalog = CatalogLoader::loadEmbedded().catalog;
    test::FakeClock m_clock;
    TokenSigner m_signer = *TokenSigner::generate();
    BranchBoxKey m_branchKey = *BranchBoxKey::generate();

    PrefillKeyring keys() const
    {
        return PrefillKeyring::from(QStringLiteral("BR001"), {m_signer.publicKey()}, m_branchKey.secretKey());
    }
    QString token(bool offline) const
    {
        PrefillToken t = PrefillToken::create(QStringLiteral("hpf.deposit_registration"), QStringLiteral("BR001"),
                                              m_clock.now().addSecs(3600));
        if (offline)
            t.sealedPayload = OfflinePayload::seal(Answers, m_branchKey.publicKey());
        return PrefillTokenCodec::encode(t, m_signer);
    }

private Q_SLOTS:
    void online()
    {
        ScriptedPrefillClient core;
        core.next = status(ReplyStatus::Ok);
        core.next.reference = QStringLiteral("ab").repeated(16);
        core.next.serviceId = QStringLiteral("hpf.deposit_registration");
        core.next.values = Answers;
        core.next.photos = {{QStringLiteral("p1"), QStringLiteral("contract_photo"), QStringLiteral("image/jpeg"), "jpg"}};
        const PrefillService service(&core, keys(), m_catalog, m_clock);
        const PrefillRead read = service.readToken(token(true));
        QVERIFY2(read.ok(), qPrintable(read.reason));
        QVERIFY(!read.offline); // core answered: its copy, with photos
        QCOMPARE(read.values, Answers);
        QCOMPARE(read.documents.size(), 1);
        QCOMPARE(core.claims, 1);
    }

    void coreRefuses_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("reason");
        QTest::newRow("in use") << 409 << QString(PrefillReason::InUse);
        QTest::newRow("already used") << 410 << QString(PrefillReason::AlreadyUsed);
        QTest::newRow("expired") << 410 << QString(PrefillReason::Expired);
    }

    void coreRefuses()
    {
        QFETCH(int, httpStatus);
        QFETCH(QString, reason);
        ScriptedPrefillClient core;
        core.next = status(ReplyStatus::Client, reason);
        core.next.httpStatus = httpStatus;
        const PrefillService service(&core, keys(), m_catalog, m_clock);
        const PrefillRead read = service.readToken(token(true)); // an offline token too: core's word stands
        QCOMPARE(read.reason, reason);
        QCOMPARE(read.message, PrefillMessages::message(reason));
    }

    // Refused before core is asked: a bad token costs core nothing.
    void checkedBeforeCore()
    {
        ScriptedPrefillClient core;
        const PrefillService service(&core, keys(), m_catalog, m_clock);
        QString altered = token(false);
        altered[30] = altered.at(30) == u'A' ? u'B' : u'A';
        QCOMPARE(service.readToken(altered).reason, QString(PrefillReason::BadSignature));
        QCOMPARE(service.readToken(QStringLiteral("https://example.com")).reason, QString(PrefillReason::NotOurs));
        const PrefillRead typo = service.readShortCode(QStringLiteral("123456789"));
        QCOMPARE(typo.reason, QString(PrefillReason::Malformed));
        // Typed, not scanned: the message speaks of the digits, not of showing the code again.
        QVERIFY(!typo.message.isEmpty());
        QVERIFY(typo.message != PrefillService::messageFor(PrefillReason::Malformed));
        QCOMPARE(core.claims, 0);
        const PrefillService keyless(&core, PrefillKeyring(), m_catalog, m_clock);
        QCOMPARE(keyless.readToken(token(false)).reason, QStringLiteral("no_keys"));
    }

    void coreUnreachable_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("transport") << int(ReplyStatus::Transport);
        QTest::newRow("server error") << int(ReplyStatus::Server);
        QTest::newRow("no core configured") << -1;
    }

    void coreUnreachable()
    {
        QFETCH(int, status);
        ScriptedPrefillClient core;
        core.next = ::status(ReplyStatus(qMax(status, 0)));
        const PrefillService service(status < 0 ? nullptr : &core, keys(), m_catalog, m_clock);
        const PrefillRead offline = service.readToken(token(true));
        QVERIFY2(offline.ok(), qPrintable(offline.reason));
        QVERIFY(offline.offline);
        QCOMPARE(offline.values, Answers);
        QCOMPARE(offline.serviceId, QStringLiteral("hpf.deposit_registration"));
        QCOMPARE(offline.reference.size(), 32);
        QCOMPARE(service.readToken(token(false)).reason, QStringLiteral("core_unreachable"));
        // Sealed to another branch's key: unknown_key, not a crash or an empty form.
        const PrefillService elsewhere(status < 0 ? nullptr : &core,
                                       PrefillKeyring::from(QStringLiteral("BR001"), {m_signer.publicKey()},
                                                            BranchBoxKey::generate()->secretKey()),
                                       m_catalog, m_clock);
        QCOMPARE(elsewhere.readToken(token(true)).reason, QString(PrefillReason::UnknownKey));
    }
};

QTEST_GUILESS_MAIN(TestPrefillService)
#include "tst_prefillservice.moc"
