// PrefillReading: codes are read on the worker thread and the result comes
// back on the owner's; a prefill this kiosk already completed is refused
// however it is shown again; the customer leaving drops the result; core's
// fresh keys come back to the owner to be kept. The core here is a scripted
// PrefillClient (the real one is tested in tst_prefillcommand).
#include "Catalog.h"
#include "CatalogLoader.h"
#include "FakeClock.h"
#include "OfflinePayload.h"
#include "PrefillClient.h"
#include "PrefillReading.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace branch;

namespace {

class KeysOnlyCore final : public PrefillClient
{
public:
    explicit KeysOnlyCore(PrefillKeysReply keys) : m_keys(std::move(keys)) {}
    PrefillKeysReply fetchPrefillKeys() override { return m_keys; }
    PrefillClaimReply claimPrefill(const QString &, const QString &) override
    {
        PrefillClaimReply r;
        r.status = ReplyStatus::Transport; // core goes away after giving its keys
        return r;
    }

private:
    PrefillKeysReply m_keys;
};

} // namespace

class TestPrefillReading : public QObject
{
    Q_OBJECT

private:
    const Catalog m_catalog = CatalogLoader::loadEmbedded().catalog;
    test::FakeClock m_clock;
    TokenSigner m_signer = *TokenSigner::generate();
    BranchBoxKey m_branchKey = *BranchBoxKey::generate();

    QString offlineToken() const
    {
        PrefillToken t = PrefillToken::create(QStringLiteral("hpf.deposit_registration"), QStringLiteral("BR001"),
                                              m_clock.now().addSecs(3600));
        t.sealedPayload = OfflinePayload::seal(QJsonObject{{QStringLiteral("employee_name"), QStringLiteral("张伟")}},
                                               m_branchKey.publicKey());
        return PrefillTokenCodec::encode(t, m_signer);
    }
    PrefillReadingOptions options() const
    {
        PrefillReadingOptions o;
        o.catalog = &m_catalog;
        o.clock = &m_clock;
        o.keyring = PrefillKeyring::from(QStringLiteral("BR001"), {m_signer.publicKey()}, m_branchKey.secretKey());
        return o;
    }

private Q_SLOTS:
    void readsOnTheWorkerAndAnswersHere()
    {
        PrefillReadingOptions o = options();
        std::atomic<QThread *> askedOn = nullptr;
        o.completedHere = [&askedOn](const QString &) {
            askedOn = QThread::currentThread();
            return false;
        };
        PrefillReading reading(std::move(o));
        QSignalSpy finished(&reading, &PrefillReading::finished);
        reading.readToken(offlineToken());
        QVERIFY(reading.isReading());
        QVERIFY(finished.wait(10000));
        QVERIFY(!reading.isReading());
        const PrefillRead read = finished.first().first().value<PrefillRead>();
        QVERIFY2(read.ok(), qPrintable(read.reason));
        QVERIFY(read.offline);
        QCOMPARE(read.values.value(QStringLiteral("employee_name")).toString(), QStringLiteral("张伟"));
        QVERIFY(askedOn.load() && askedOn.load() != QThread::currentThread());
    }

    void completedHereIsRefused()
    {
        PrefillReadingOptions o = options();
        QString asked;
        o.completedHere = [&asked](const QString &reference) {
            asked = reference;
            return true;
        };
        PrefillReading reading(std::move(o));
        QSignalSpy finished(&reading, &PrefillReading::finished);
        reading.readToken(offlineToken());
        QVERIFY(finished.wait(10000));
        const PrefillRead read = finished.first().first().value<PrefillRead>();
        QCOMPARE(read.reason, QStringLiteral("already_used"));
        QVERIFY(!read.message.isEmpty());
        QCOMPARE(asked.size(), 32);
    }

    void cancelDropsTheResult()
    {
        PrefillReading reading(options());
        QSignalSpy finished(&reading, &PrefillReading::finished);
        reading.readToken(offlineToken());
        reading.cancel();
        QVERIFY(!reading.isReading());
        // A second read after it is answered, the first never.
        reading.readToken(QStringLiteral("https://example.com/not-ours"));
        QVERIFY(finished.wait(10000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<PrefillRead>().reason, QStringLiteral("not_ours"));
    }

    void coresKeysReachTheOwner()
    {
        PrefillKeysReply keys;
        keys.status = ReplyStatus::Ok;
        keys.branch = QStringLiteral("BR001");
        keys.signingKeys = {m_signer.publicKey()};
        keys.branchSecretKey = m_branchKey.secretKey();
        PrefillReadingOptions o = options();
        o.keyring = {}; // nothing in the keychain yet
        o.client = [keys]() -> std::unique_ptr<PrefillClient> { return std::make_unique<KeysOnlyCore>(keys); };
        PrefillReading reading(std::move(o));
        QSignalSpy fetched(&reading, &PrefillReading::keysFetched);
        QSignalSpy finished(&reading, &PrefillReading::finished);
        reading.readToken(offlineToken());
        QVERIFY(finished.wait(10000));
        QCOMPARE(fetched.size(), 1);
        QCOMPARE(fetched.first().first().value<PrefillKeyring>().branch, QStringLiteral("BR001"));
        // With core's keys the offline token opens although core then fails.
        const PrefillRead read = finished.first().first().value<PrefillRead>();
        QVERIFY2(read.ok(), qPrintable(read.reason));
        QVERIFY(read.offline);
    }
};

QTEST_MAIN(TestPrefillReading)
#include "tst_prefillreading.moc"
