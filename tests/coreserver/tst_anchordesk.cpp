// AnchorDesk on a real CoreStore, SQLite and PostgreSQL 15 (the ctest
// fixture): core as the auditor of each device's audit log. Each row of every
// test runs on both backends.
#include "AnchorDesk.h"
#include "CoreStores.h"
#include "CoreTestData.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using namespace coretest;

namespace {

// A device's log as core sees it: MACs only, and the heads they fold to.
struct Chain
{
    QByteArray head = AuditChain::genesis();
    QList<QByteArray> heads{AuditChain::genesis()}; // heads.at(n): after row n
    QList<QByteArray> macs{QByteArray()};            // macs.at(n): row n's MAC

    void grow(int rows)
    {
        for (int i = 0; i < rows; ++i) {
            QByteArray mac(AuditChain::HashSize, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(mac.data()), mac.size() / 4);
            head = AuditChain::link(head, mac);
            heads.append(head);
            macs.append(mac);
        }
    }
    QString hex(qint64 row) const { return QString::fromLatin1(heads.at(row).toHex()); }
    QByteArray between(qint64 after, qint64 upTo) const
    {
        QByteArray out;
        for (qint64 i = after + 1; i <= upTo; ++i)
            out += macs.at(i);
        return out;
    }
    AnchorSubmission submission(qint64 from, qint64 sequence) const
    {
        AnchorSubmission s;
        s.from = from;
        s.sequence = sequence;
        s.head = hex(sequence);
        s.macs = from > 0 ? between(from, sequence) : QByteArray();
        return s;
    }
};

} // namespace

class TestAnchorDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_conninfo;
    const QDateTime m_now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);

    std::unique_ptr<CoreStore> makeStore(const QString &backend)
    {
        return openStore(backend, m_dir.filePath(QStringLiteral("core.db")), m_conninfo);
    }

    QList<AnchorFlagRecord> flags(CoreStore &store, const QString &device)
    {
        QList<AnchorFlagRecord> out;
        store.anchorFlags(device, &out);
        return out;
    }

    // Changes a stored anchor's head behind core's back, as someone with
    // write access to core's database would.
    bool editAnchor(const QString &backend, const QString &device, qint64 sequence, const QString &head)
    {
        const QString name = QStringLiteral("edit-%1").arg(QRandomGenerator::global()->generate());
        bool ok = false;
        {
            QSqlDatabase db = rawConnection(backend, m_dir.filePath(QStringLiteral("core.db")), m_conninfo, name);
            QSqlQuery q(db);
            ok = db.open() && q.prepare(QStringLiteral("UPDATE audit_anchors SET head = ? WHERE device_id = ? AND sequence = ?"));
            q.addBindValue(head);
            q.addBindValue(device);
            q.addBindValue(sequence);
            ok = ok && q.exec() && q.numRowsAffected() == 1;
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_conninfo = test::fixtureConninfo(&error);
        QVERIFY2(!m_conninfo.isEmpty(), qPrintable(error));
    }

    void backends_data() { backendRows(); }

    void anchorsExtendOneLine_data() { backends_data(); }
    void anchorsExtendOneLine()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        AnchorDesk desk(*store);
        const QString device = randomDevice();
        Chain chain;
        chain.grow(10);

        std::optional<AnchorFlagRecord> flag;
        QCOMPARE(desk.latest(device, &flag).httpStatus, 404);
        const AnchorDecision first = desk.submit(device, chain.submission(0, 4), m_now);
        QCOMPARE(first.httpStatus, 201);
        QVERIFY(first.anchor.verify());
        QCOMPARE(first.anchor.statement, (AnchorStatement{device, 4, chain.hex(4), m_now}));

        const AnchorDecision replay = desk.submit(device, chain.submission(4, 4), m_now.addSecs(5));
        QCOMPARE(replay.httpStatus, 200);
        QVERIFY(replay.replayed);
        QCOMPARE(replay.anchor.signature, first.anchor.signature);

        const AnchorDecision next = desk.submit(device, chain.submission(4, 10), m_now.addSecs(10));
        QCOMPARE(next.httpStatus, 201);
        const AnchorDecision latest = desk.latest(device, &flag);
        QCOMPARE(latest.httpStatus, 200);
        QCOMPARE(latest.anchor.statement.sequence, 10);
        QVERIFY(latest.anchor.verify());
        QVERIFY(!flag);

        AnchorAudit audit;
        QVERIFY(desk.audit(device, &audit).ok());
        QCOMPARE(audit.anchors.size(), 2);
        QVERIFY2(audit.problem.isEmpty(), qPrintable(audit.problem));
        QVERIFY(audit.flags.isEmpty());
    }

    // Anchors 1..6 are held; each request then breaks the line in one way.
    void refusalsAreFlagged_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<bool>("flagged");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const auto row = [&backend](const char *name) {
                return &QTest::newRow(qPrintable(backend + u' ' + QLatin1String(name)));
            };
            *row("below the anchor") << backend << "regressed" << 409 << "anchor_regressed" << true;
            *row("empty log") << backend << "emptied" << 409 << "anchor_regressed" << true;
            *row("same row, other hash") << backend << "conflict" << 409 << "anchor_conflict" << true;
            *row("macs that lead elsewhere") << backend << "recomputed" << 409 << "anchor_inconsistent" << true;
            *row("a mac short") << backend << "short" << 409 << "anchor_inconsistent" << true;
            *row("built on an older anchor") << backend << "stale" << 409 << "anchor_base_stale" << false;
            *row("kiosk reports its log broken") << backend << "reported" << 201 << "" << true;
        }
    }

    void refusalsAreFlagged()
    {
        QFETCH(QString, backend);
        QFETCH(QString, request);
        QFETCH(int, status);
        QFETCH(QString, refusal);
        QFETCH(bool, flagged);
        auto store = makeStore(backend);
        QVERIFY(store);
        AnchorDesk desk(*store);
        const QString device = randomDevice();
        Chain chain;
        chain.grow(8);
        QCOMPARE(desk.submit(device, chain.submission(0, 6), m_now).httpStatus, 201);

        AnchorSubmission s = chain.submission(6, 8);
        if (request == u"regressed") {
            s = chain.submission(0, 4);
            s.from = 6;
        } else if (request == u"emptied") {
            s = AnchorSubmission{0, QString(64, u'0'), 6, {}, true, 0, {}};
        } else if (request == u"conflict") {
            Chain other;
            other.grow(6);
            s = other.submission(0, 6);
            s.from = 6;
        } else if (request == u"recomputed") {
            Chain other;
            other.grow(8);
            s.head = other.hex(8);
        } else if (request == u"short") {
            s.macs.chop(AuditChain::HashSize);
        } else if (request == u"stale") {
            s.from = 4;
        } else if (request == u"reported") {
            s.chainIntact = false;
            s.brokenRow = 3;
            s.brokenReason = QStringLiteral("hash_mismatch");
        }
        const AnchorDecision decision = desk.submit(device, s, m_now.addSecs(1));
        QCOMPARE(decision.httpStatus, status);
        QCOMPARE(decision.refusal, refusal);
        const QList<AnchorFlagRecord> kept = flags(*store, device);
        QCOMPARE(kept.size(), flagged ? 1 : 0);
        if (flagged) {
            QCOMPARE(kept.constFirst().reason, refusal.isEmpty() ? QStringLiteral("chain_reported_broken") : refusal);
            QCOMPARE(kept.constFirst().sequence, s.sequence);
        }
        // Sent again (the kiosk asks for the newest anchor and retries every
        // pass): still one flag.
        AnchorSubmission again = s;
        if (status == 201)
            again.from = s.sequence;
        QCOMPARE(desk.submit(device, again, m_now.addSecs(20)).refusal, decision.refusal);
        QCOMPARE(flags(*store, device).size(), flagged ? 1 : 0);
        std::optional<AnchorFlagRecord> newest;
        const AnchorDecision latest = desk.latest(device, &newest);
        QCOMPARE(latest.anchor.statement.sequence, status == 201 ? 8 : 6); // nothing else was taken
        QCOMPARE(newest.has_value(), flagged);
    }

    // Two cores (two connections, one database) extending the same anchor:
    // one wins, the other is told to start again, and the line does not fork.
    void racingCoresKeepOneLine_data() { backends_data(); }
    void racingCoresKeepOneLine()
    {
        QFETCH(QString, backend);
        auto a = makeStore(backend);
        auto b = makeStore(backend);
        QVERIFY(a && b);
        AnchorDesk deskA(*a);
        AnchorDesk deskB(*b);
        const QString device = randomDevice();
        Chain chain;
        chain.grow(9);
        QCOMPARE(deskA.submit(device, chain.submission(0, 3), m_now).httpStatus, 201);
        bool added = true;
        // B read the same newest anchor (3) as A, then A took row 6 first.
        QCOMPARE(deskA.submit(device, chain.submission(3, 6), m_now).httpStatus, 201);
        QVERIFY(b->addAnchor({device, 9, 3, chain.hex(9), m_now, QByteArray(64, 'x')}, &added).ok());
        QVERIFY(!added);
        QCOMPARE(deskB.submit(device, chain.submission(3, 9), m_now).refusal, QStringLiteral("anchor_base_stale"));
        QCOMPARE(deskB.submit(device, chain.submission(6, 9), m_now).httpStatus, 201);
        // Every core on the database signs with the one key.
        std::optional<AnchorFlagRecord> flag;
        QCOMPARE(deskA.latest(device, &flag).anchor.publicKey, deskB.latest(device, &flag).anchor.publicKey);
        AnchorAudit audit;
        QVERIFY(deskA.audit(device, &audit).ok());
        QCOMPARE(audit.anchors.size(), 3);
        QVERIFY(audit.problem.isEmpty());
    }

    // Whoever edits core's anchor table cannot sign for the change.
    void editedAnchorIsFound_data() { backends_data(); }
    void editedAnchorIsFound()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        AnchorDesk desk(*store);
        const QString device = randomDevice();
        Chain chain;
        chain.grow(6);
        QCOMPARE(desk.submit(device, chain.submission(0, 2), m_now).httpStatus, 201);
        QCOMPARE(desk.submit(device, chain.submission(2, 6), m_now).httpStatus, 201);
        Chain forged;
        forged.grow(6);
        QVERIFY(editAnchor(backend, device, 6, forged.hex(6)));
        AnchorAudit audit;
        QVERIFY(desk.audit(device, &audit).ok());
        QCOMPARE(audit.problem, QStringLiteral("anchor_signature_invalid"));
        QCOMPARE(audit.problemSequence, 6);
    }
};

QTEST_GUILESS_MAIN(TestAnchorDesk)
#include "tst_anchordesk.moc"
