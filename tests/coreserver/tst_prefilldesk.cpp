// PrefillDesk on a real CoreStore, SQLite and PostgreSQL 15 (the ctest
// fixture): issue after the kiosk's own checks, answers and photos sealed at
// rest, one kiosk at a time (in_use), used exactly once through the outbox's
// batch, expired and purged, and wrong short codes limited.
#include "CoreStores.h"
#include "PrefillDesk.h"
#include "PrefillReason.h"
#include "PrefillSamples.h"
#include "ShortCode.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using namespace coretest;

namespace {

const QDateTime Now = QDateTime(QDate::currentDate(), QTime(9, 0), Qt::UTC);

QByteArray png(int side = 64)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

CoreTransaction completing(const QString &reference, const QString &key)
{
    CoreTransaction tx;
    tx.key = key;
    tx.bodySha256 = QByteArray(64, 'a');
    tx.serviceId = QStringLiteral("hpf.deposit_registration");
    tx.receiptNo = QStringLiteral("R-") + key.left(8);
    tx.createdAt = Now;
    tx.prefillReference = reference;
    return tx;
}

CoreResult applied(const CoreTransaction &tx)
{
    CoreResult r;
    r.outcome = Outcome::Applied;
    r.coreRef = QStringLiteral("C-") + tx.key.left(6);
    r.appliedAt = Now;
    return r;
}

} // namespace

class TestPrefillDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_conninfo;
    int m_db = 0;

    std::unique_ptr<CoreStore> makeStore(const QString &backend)
    {
        return openStore(backend, m_dir.filePath(QStringLiteral("core%1.db").arg(++m_db)), m_conninfo);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_conninfo = test::fixtureConninfo(&error);
        QVERIFY2(!m_conninfo.isEmpty(), qPrintable(error));
    }

    void issueAndClaim_data() { backendRows(); }
    void issueAndClaim()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        PrefillDesk d(*store, QStringLiteral("BR001"), PrefillVault::fromKey(QByteArray(32, 'k')));
        const PrefillIssue issued = d.issue(QStringLiteral("hpf.deposit_registration"), QStringLiteral("zh_CN"),
                                            prefilltest::housingFundAnswers(), Now);
        QVERIFY2(issued.reason.isEmpty(), qPrintable(issued.reason + u' ' + QStringList(issued.fields.keys()).join(u',')));
        QVERIFY(issued.token.startsWith(u"ETB1."));
        QCOMPARE(issued.record.reference.size(), 32);
        QCOMPARE(issued.record.expiresAt, Now.addSecs(72 * 3600));
        QVERIFY(!issued.offlineToken.isEmpty()); // the catalog allows it for this service
        QVERIFY(issued.offlineToken.size() <= PrefillTokenCodec::MaxOfflineChars);

        const Result<QString> photo =
            d.attachPhoto(issued.record.reference, QStringLiteral("contract_photo"), png(), Now);
        QVERIFY2(photo.ok(), qPrintable(photo.reason()));

        const PrefillClaim claimed = d.claimToken(issued.token, QStringLiteral("KIOSK01"), Now);
        QVERIFY2(claimed.reason.isEmpty(), qPrintable(claimed.reason));
        QCOMPARE(claimed.values, prefilltest::housingFundAnswers());
        QCOMPARE(claimed.record.claimedUntil, Now.addSecs(15 * 60));
        QCOMPARE(claimed.photos.size(), 1);
        QCOMPARE(claimed.photos.first().document, QStringLiteral("contract_photo"));
        QVERIFY(!QImage::fromData(claimed.photos.first().thumbnail).isNull());

        // The same kiosk may fetch again; another gets in_use for 15 minutes.
        QVERIFY(d.claimToken(issued.token, QStringLiteral("KIOSK01"), Now.addSecs(60)).reason.isEmpty());
        QCOMPARE(d.claimToken(issued.token, QStringLiteral("KIOSK02"), Now.addSecs(60)).reason,
                 QString(PrefillReason::InUse));
        QCOMPARE(d.claimShortCode(issued.record.shortCode, QStringLiteral("KIOSK02"), Now.addSecs(60)).reason,
                 QString(PrefillReason::InUse));
        // Claimed: the phone can add no more photos.
        QCOMPARE(d.attachPhoto(issued.record.reference, QStringLiteral("contract_photo"), png(), Now).reason(),
                 QStringLiteral("prefill_closed"));
        // After the claim runs out, another kiosk may take it.
        QVERIFY(d.claimShortCode(issued.record.shortCode, QStringLiteral("KIOSK02"), Now.addSecs(16 * 60)).reason.isEmpty());
    }

    void usedExactlyOnce_data() { backendRows(); }
    void usedExactlyOnce()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        PrefillDesk d(*store, QStringLiteral("BR001"), PrefillVault::fromKey(QByteArray(32, 'k')));
        const PrefillIssue issued = d.issue(QStringLiteral("hpf.deposit_registration"), QStringLiteral("en"),
                                            prefilltest::housingFundAnswers(), Now);
        QVERIFY(issued.reason.isEmpty());
        QVERIFY(d.attachPhoto(issued.record.reference, QStringLiteral("contract_photo"), png(), Now).ok());
        QVERIFY(d.claimToken(issued.token, QStringLiteral("KIOSK01"), Now).reason.isEmpty());

        const CoreTransaction tx = completing(issued.record.reference, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QList<CoreResult> results;
        QVERIFY(store->applyBatch(QStringLiteral("KIOSK01"), {tx}, Now.addSecs(120), applied, &results).ok());
        QVERIFY(results.first().isApplied());
        CoreStoreStatus status;
        const std::optional<PrefillRecord> used = store->prefill(issued.record.reference, &status);
        QVERIFY(used && used->isUsed());
        QCOMPARE(used->usedAt, Now.addSecs(120));
        QVERIFY(used->sealedValues.isEmpty()); // purged at use
        QList<PrefillPhotoRecord> photos;
        QVERIFY(store->prefillPhotos(issued.record.reference, &photos).ok());
        QVERIFY(photos.isEmpty());

        // The outbox sends it again (a lost answer): once is once.
        QVERIFY(store->applyBatch(QStringLiteral("KIOSK01"), {tx}, Now.addSecs(600), applied, &results).ok());
        QVERIFY(results.first().replayed);
        QCOMPARE(store->prefill(issued.record.reference, &status)->usedAt, Now.addSecs(120));

        // Replaying the token, at any kiosk, is refused.
        QCOMPARE(d.claimToken(issued.token, QStringLiteral("KIOSK01"), Now.addSecs(700)).reason,
                 QString(PrefillReason::AlreadyUsed));
        QCOMPARE(d.claimToken(issued.token, QStringLiteral("KIOSK02"), Now.addSecs(700)).reason,
                 QString(PrefillReason::AlreadyUsed));
    }

    void expiredAndPurged_data() { backendRows(); }
    void expiredAndPurged()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        PrefillDesk d(*store, QStringLiteral("BR001"), PrefillVault::fromKey(QByteArray(32, 'k')));
        const PrefillIssue issued = d.issue(QStringLiteral("hpf.deposit_registration"), QStringLiteral("en"),
                                            prefilltest::housingFundAnswers(), Now);
        QVERIFY(issued.reason.isEmpty());
        QVERIFY(d.attachPhoto(issued.record.reference, QStringLiteral("contract_photo"), png(), Now).ok());
        const QDateTime later = Now.addSecs(72 * 3600);
        QCOMPARE(d.claimToken(issued.token, QStringLiteral("KIOSK01"), later).reason, QString(PrefillReason::Expired));
        QCOMPARE(d.attachPhoto(issued.record.reference, QStringLiteral("contract_photo"), png(), later).reason(),
                 QStringLiteral("prefill_closed"));
        qint64 removed = 0;
        QVERIFY(store->purgePrefills(later.addSecs(-1), &removed).ok());
        QCOMPARE(removed, 0);
        QVERIFY(store->purgePrefills(later, &removed).ok());
        QVERIFY(removed >= 1); // PostgreSQL keeps the other rows' prefills too
        CoreStoreStatus status;
        QVERIFY(!store->prefill(issued.record.reference, &status));
        QList<PrefillPhotoRecord> photos;
        QVERIFY(store->prefillPhotos(issued.record.reference, &photos).ok());
        QVERIFY(photos.isEmpty());
    }

    // Another core's token, or the same core's for another branch.
    void foreignTokens()
    {
        auto store = makeStore(QStringLiteral("sqlite"));
        PrefillDesk here(*store, QStringLiteral("BR001"), PrefillVault::fromKey(QByteArray(32, 'k')));
        auto otherStore = makeStore(QStringLiteral("sqlite"));
        PrefillDesk other(*otherStore, QStringLiteral("BR002"), PrefillVault::fromKey(QByteArray(32, 'k')));
        const PrefillIssue issued = other.issue(QStringLiteral("hpf.deposit_registration"), QStringLiteral("en"),
                                                prefilltest::housingFundAnswers(), Now);
        QCOMPARE(here.claimToken(issued.token, QStringLiteral("KIOSK01"), Now).reason,
                 QString(PrefillReason::UnknownKey));
        QCOMPARE(here.claimToken(QStringLiteral("https://example.com/pay"), QStringLiteral("KIOSK01"), Now).reason,
                 QString(PrefillReason::NotOurs));
    }

    void refusedAnswers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wage below base") << "wage_base" << "100.00" << "too_small";
        QTest::newRow("not an amount") << "wage_base" << "lots" << "not_a_number";
        QTest::newRow("bad id checksum") << "resident_id" << "110101198505121231" << "checksum_mismatch";
        QTest::newRow("no such field") << "favourite_colour" << "blue" << "unknown_field";
        QTest::newRow("missing name") << "employee_name" << "" << "required";
    }

    // The kiosk's own validators say what is wrong, in the phone's language.
    void refusedAnswers()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        auto store = makeStore(QStringLiteral("sqlite"));
        PrefillDesk d(*store, QStringLiteral("BR001"), PrefillVault::fromKey(QByteArray(32, 'k')));
        QJsonObject answers = prefilltest::housingFundAnswers();
        answers.insert(field, value);
        const PrefillIssue zh = d.issue(QStringLiteral("hpf.deposit_registration"), QStringLiteral("zh_CN"), answers, Now);
        QCOMPARE(zh.reason, QStringLiteral("invalid"));
        QVERIFY2(zh.fields.contains(field), qPrintable(QStringList(zh.fields.keys()).join(u',')));
        if (reason != u"not_a_number") // Money::parse names its own reason
            QCOMPARE(zh.fields.value(field).reason, reason);
        QVERIFY(!zh.fields.value(field).message.isEmpty());
        QVERIFY2(!zh.fields.value(field).message.contains(value) || value.size() < 3, "a message never repeats the value");
    }

    void refusedPhotos_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text named .jpg") << QByteArray("hello, not an image") << "contract_photo" << "not_an_image";
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%....") << "contract_photo" << "not_an_image";
        QTest::newRow("truncated png") << png().left(40) << "contract_photo" << "not_an_image";
        QTest::newRow("too many bytes") << QByteArray(PrefillDesk::MaxPhotoBytes + 1, 'x') << "contract_photo"
                                        << "too_large";
        QTest::newRow("not a document field") << png() << "employee_name" << "unknown_document";
    }

    void refusedPhotos()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, document);
        QFETCH(QString, reason);
        auto store = makeStore(QStringLiteral("sqlite"));
        PrefillDesk d(*store, QStringLiteral("BR001"), PrefillVault::fromKey(QByteArray(32, 'k')));
        const PrefillIssue issued = d.issue(QStringLiteral("hpf.deposit_registration"), QStringLiteral("en"),
                                            prefilltest::housingFundAnswers(), Now);
        QCOMPARE(d.attachPhoto(issued.record.reference, document, body, Now).reason(), reason);
    }

    // Ten wrong codes from a kiosk lock it out for ten minutes, even for a
    // right code; other kiosks are not affected.
    void wrongCodesLimited()
    {
        auto store = makeStore(QStringLiteral("sqlite"));
        PrefillDesk d(*store, QStringLiteral("BR001"), PrefillVault::fromKey(QByteArray(32, 'k')));
        const PrefillIssue issued = d.issue(QStringLiteral("hpf.deposit_registration"), QStringLiteral("en"),
                                            prefilltest::housingFundAnswers(), Now);
        // A typo fails the check digit and costs nothing.
        QString typo = issued.record.shortCode;
        typo[0] = typo.at(0) == u'1' ? u'2' : u'1';
        for (int i = 0; i < 20; ++i)
            QCOMPARE(d.claimShortCode(typo, QStringLiteral("KIOSK09"), Now).reason, QString(PrefillReason::Malformed));
        int wrong = 0;
        for (int n = 0; wrong < PrefillDesk::WrongCodesPerKiosk; ++n) {
            const QString eight = QStringLiteral("%1").arg(10000000 + n * 7919, 8, 10, QLatin1Char('0'));
            const QString guess = eight + ShortCode::checkDigit(eight);
            if (guess == issued.record.shortCode)
                continue;
            QCOMPARE(d.claimShortCode(guess, QStringLiteral("KIOSK09"), Now).reason, QStringLiteral("not_found"));
            ++wrong;
        }
        QCOMPARE(d.claimShortCode(issued.record.shortCode, QStringLiteral("KIOSK09"), Now.addSecs(1)).reason,
                 QStringLiteral("too_many_guesses"));
        QVERIFY(d.claimShortCode(issued.record.shortCode, QStringLiteral("KIOSK01"), Now.addSecs(1)).reason.isEmpty());
        QCOMPARE(d.claimShortCode(issued.record.shortCode, QStringLiteral("KIOSK09"), Now.addSecs(11 * 60)).reason,
                 QString(PrefillReason::InUse));
    }

    // Nothing the customer typed is readable in core's database file.
    void sealedAtRest()
    {
        const QString path = m_dir.filePath(QStringLiteral("sealed.db"));
        auto store = openStore(QStringLiteral("sqlite"), path, {});
        PrefillDesk d(*store, QStringLiteral("BR001"), PrefillVault::fromKey(QByteArray(32, 'k')));
        const PrefillIssue issued = d.issue(QStringLiteral("hpf.deposit_registration"), QStringLiteral("en"),
                                            prefilltest::housingFundAnswers(), Now);
        QVERIFY(d.attachPhoto(issued.record.reference, QStringLiteral("contract_photo"), png(), Now).ok());
        store.reset();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray raw = file.readAll();
        QFile wal(path + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            raw += wal.readAll();
        const QJsonObject answers = prefilltest::housingFundAnswers();
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            if (it.value().toString().size() >= 4) // "12" is anywhere in a file
                QVERIFY2(!raw.contains(it.value().toString().toUtf8()), qPrintable(it.key()));
        }
        QVERIFY(!raw.contains(png().mid(16, 24)));
        QVERIFY(!raw.contains(png().toBase64().mid(16, 24)));
    }
};

QTEST_GUILESS_MAIN(TestPrefillDesk)
#include "tst_prefilldesk.moc"
