// StaffSignIn on an injected clock: core decides whenever it answers; the
// kiosk's sealed verifier (SealedStaffCache on a real SQLite file, sealed by
// the real codec) only when core is unreachable, until it expires, with its
// own count of wrong secrets. Core is a StaffDirectory double here (the real
// one, HttpsCoreClient against branch-core, is in tst_staff_e2e).
#include "FakeClock.h"
#include "KeyRing.h"
#include "SealedPayloadCodec.h"
#include "SecurityTestSupport.h"
#include "SettingsRepository.h"
#include "StaffCache.h"
#include "StaffDirectory.h"
#include "StaffSignIn.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using Outcome = StaffDirectoryReply::Outcome;

namespace {

const QString Id = QStringLiteral("S1024");
const QString Secret = QStringLiteral("counter-2026");

// Core as the kiosk sees it: the member's secret, or no answer at all.
class ScriptedCore final : public StaffDirectory
{
public:
    Outcome mode = Outcome::SignedIn; // Unreachable: no answer; Refused: answers with `refusal`
    QString refusal;
    QDateTime offlineUntil;
    int calls = 0;

    // Sign-in only: authorizations are tested against real core (tst_authorization_e2e).
    AuthorizationReply authorize(const AuthorizationAsk &, const QString &, const QByteArray &) override
    {
        return {};
    }

    StaffDirectoryReply signInStaff(const QString &staffId, const QByteArray &secret) override
    {
        ++calls;
        StaffDirectoryReply reply;
        reply.outcome = mode;
        if (mode == Outcome::Unreachable) {
            reply.reason = QStringLiteral("transport");
            return reply;
        }
        if (mode == Outcome::Refused) {
            reply.reason = refusal;
            return reply;
        }
        if (staffId != Id || secret != Secret.toUtf8()) {
            reply.outcome = Outcome::Refused;
            reply.reason = QStringLiteral("wrong_secret");
            return reply;
        }
        reply.member = {Id, QStringLiteral("Wang Fang"), StaffRole::Supervisor, QStringLiteral("0101")};
        reply.offlineUntil = offlineUntil;
        return reply;
    }
};

} // namespace

class TestStaffSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::MemorySecretStore m_secrets;
    std::unique_ptr<SealedPayloadCodec> m_codec;
    std::unique_ptr<SealedStaffCache> m_cache;
    test::FakeClock m_clock;
    ScriptedCore m_core;
    int m_run = 0;

    StaffSignIn signIn() { return StaffSignIn(&m_core, *m_cache, m_clock); }

    void signedInOnline()
    {
        m_core.mode = Outcome::SignedIn;
        const StaffSignInResult r = signIn().signIn(Id, Secret);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QVERIFY(!r.offline);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(test::openDatabase(*m_db, m_dir.filePath(QStringLiteral("kiosk-%1.db").arg(++m_run))));
        auto ring = KeyRing::open(*m_db, m_secrets);
        QVERIFY(ring.ok());
        m_codec = std::make_unique<SealedPayloadCodec>(ring.value);
        m_cache = std::make_unique<SealedStaffCache>(*m_db, *m_codec);
        m_clock.set(test::FakeClock::defaultStart());
        m_core = ScriptedCore();
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty id") << QString() << Secret << QStringLiteral("staff_id_invalid");
        QTest::newRow("id with a colon") << QStringLiteral("staff:S1") << Secret << QStringLiteral("staff_id_invalid");
        QTest::newRow("empty secret") << Id << QString() << QStringLiteral("secret_empty");
    }

    void badInput()
    {
        QFETCH(QString, id);
        QFETCH(QString, secret);
        QFETCH(QString, reason);
        const StaffSignInResult r = signIn().signIn(id, secret);
        QCOMPARE(r.reason, reason);
        QCOMPARE(m_core.calls, 0);
    }

    void onlineKeepsASealedVerifier()
    {
        m_core.mode = Outcome::SignedIn;
        const StaffSignInResult r = signIn().signIn(Id, Secret);
        QVERIFY(r.ok());
        QCOMPARE(r.member.name, QStringLiteral("Wang Fang"));
        QCOMPARE(r.member.role, StaffRole::Supervisor);
        const std::optional<CachedStaff> kept = m_cache->load(Id);
        QVERIFY(kept);
        QVERIFY(kept->verifier.startsWith("$argon2id$"));
        QCOMPARE(kept->expiresAt, m_clock.now().addDays(7));
        // At rest, neither the name nor the verifier can be read.
        const auto stored = SettingsRepository(*m_db).value(SealedStaffCache::settingKey(Id));
        QVERIFY(stored.ok() && stored.value);
        const QByteArray raw = QByteArray::fromBase64(stored.value->toLatin1());
        QVERIFY(!raw.contains("Wang"));
        QVERIFY(!raw.contains("argon2id"));
        // Bound to the id: copied under another id it does not open.
        QVERIFY(!SettingsRepository(*m_db).setValue(SealedStaffCache::settingKey(QStringLiteral("S9999")), *stored.value).isError());
        QVERIFY(!m_cache->load(QStringLiteral("S9999")));
    }

    void offlineOnlyWhenCoreIsUnreachable()
    {
        signedInOnline();
        m_core.mode = Outcome::Unreachable;
        StaffSignInResult r = signIn().signIn(Id, Secret);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QVERIFY(r.offline);
        QCOMPARE(r.member.name, QStringLiteral("Wang Fang"));
        // Core answering "no" for the kiosk itself is not "unreachable".
        m_core.mode = Outcome::Refused;
        m_core.refusal = QStringLiteral("revoked_device");
        r = signIn().signIn(Id, Secret);
        QCOMPARE(r.reason, QStringLiteral("core_refused"));
    }

    void offlineNeverSignedInHere()
    {
        m_core.mode = Outcome::Unreachable;
        QCOMPARE(signIn().signIn(Id, Secret).reason, QStringLiteral("offline_unknown"));
        StaffSignIn noCore(nullptr, *m_cache, m_clock);
        QCOMPARE(noCore.signIn(Id, Secret).reason, QStringLiteral("offline_unknown"));
    }

    void offlineExpiresAfterSevenDays()
    {
        signedInOnline();
        m_core.mode = Outcome::Unreachable;
        m_clock.advance(7LL * 24 * 3600 * 1000 - 1);
        QVERIFY(signIn().signIn(Id, Secret).ok());
        m_clock.advance(1);
        QCOMPARE(signIn().signIn(Id, Secret).reason, QStringLiteral("offline_expired"));
        QVERIFY(!m_cache->load(Id)); // dropped
    }

    void coreMayShortenTheOfflineWindow()
    {
        m_core.offlineUntil = m_clock.now().addSecs(3600);
        signedInOnline();
        m_core.mode = Outcome::Unreachable;
        m_clock.advance(3600 * 1000);
        QCOMPARE(signIn().signIn(Id, Secret).reason, QStringLiteral("offline_expired"));
    }

    void offlineLockoutAfterFiveWrongSecrets()
    {
        signedInOnline();
        m_core.mode = Outcome::Unreachable;
        for (int i = 1; i < 5; ++i)
            QCOMPARE(signIn().signIn(Id, QStringLiteral("guess-%1").arg(i)).reason, QStringLiteral("wrong_secret"));
        QCOMPARE(m_cache->load(Id)->failures, 4);
        QCOMPARE(signIn().signIn(Id, QStringLiteral("guess-5")).reason, QStringLiteral("staff_locked"));
        // The verifier is gone: even the right secret needs core now.
        QCOMPARE(signIn().signIn(Id, Secret).reason, QStringLiteral("offline_unknown"));
        m_core.mode = Outcome::SignedIn;
        QVERIFY(signIn().signIn(Id, Secret).ok());
    }

    void rightSecretOfflineClearsTheCount()
    {
        signedInOnline();
        m_core.mode = Outcome::Unreachable;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(signIn().signIn(Id, QStringLiteral("guess")).reason, QStringLiteral("wrong_secret"));
        QVERIFY(signIn().signIn(Id, Secret).ok());
        QCOMPARE(m_cache->load(Id)->failures, 0);
        QCOMPARE(signIn().signIn(Id, QStringLiteral("guess")).reason, QStringLiteral("wrong_secret"));
    }

    void coreRefusalsCountHereToo()
    {
        signedInOnline();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(signIn().signIn(Id, QStringLiteral("guess")).reason, QStringLiteral("wrong_secret"));
        QCOMPARE(m_cache->load(Id)->failures, 3);
        // Then core goes away: two tries left offline, not five more.
        m_core.mode = Outcome::Unreachable;
        QCOMPARE(signIn().signIn(Id, QStringLiteral("guess")).reason, QStringLiteral("wrong_secret"));
        QCOMPARE(signIn().signIn(Id, QStringLiteral("guess")).reason, QStringLiteral("staff_locked"));
    }

    void lockedAtCoreDropsTheVerifier()
    {
        signedInOnline();
        m_core.mode = Outcome::Refused;
        m_core.refusal = QStringLiteral("staff_locked");
        QCOMPARE(signIn().signIn(Id, Secret).reason, QStringLiteral("staff_locked"));
        QVERIFY(!m_cache->load(Id));
        m_core.mode = Outcome::Unreachable;
        QCOMPARE(signIn().signIn(Id, Secret).reason, QStringLiteral("offline_unknown"));
    }

    void everyReasonHasItsOwnMessage_data()
    {
        QTest::addColumn<QString>("reason");
        for (const char *r : {"staff_id_invalid", "secret_empty", "wrong_secret", "staff_locked", "offline_unknown",
                              "offline_expired", "core_refused", "cache_failed"})
            QTest::newRow(r) << QString::fromLatin1(r);
    }

    void everyReasonHasItsOwnMessage()
    {
        QFETCH(QString, reason);
        const QString message = StaffSignIn::messageFor(reason);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(reason), qPrintable(message)); // not the fallback
    }
};

QTEST_GUILESS_MAIN(TestStaffSignIn)
#include "tst_staffsignin.moc"
