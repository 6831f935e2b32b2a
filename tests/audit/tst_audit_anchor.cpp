#include "AuditTestSupport.h"
#include "CoreHarness.h"
#include "PgFixture.h"

#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace branch;

// Issue 10's audit findings, end to end: a real kiosk database, the real
// branchctl and a real branch-core on loopback (SQLite and PostgreSQL). The
// kiosk anchors its audit log through `branchctl sync run`; then the log is
// tampered with behind the application's back, each way the finding lists,
// and both `branchctl audit verify` (the kiosk) and `branch-core audit
// verify` (core, after the next sync) must say so. Before keys and anchors,
// the cut tail with sqlite_sequence lowered, the emptied table and the
// recomputed chain all passed as intact.
class TestAuditAnchor : public QObject
{
    Q_OBJECT

private:
    QString m_conninfo;

    static QJsonObject lastJson(const QByteArray &out)
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').constLast()).object();
    }

    static test::ToolRun verifyKiosk(test::CoreRig &rig, const QStringList &extra = {})
    {
        return rig.branchctl(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                                         rig.kioskDb(), QStringLiteral("--json")}
                             + rig.secretArgs() + extra);
    }

    static test::ToolRun verifyCore(test::CoreRig &rig)
    {
        return rig.core({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--device"),
                         QStringLiteral("K001"), QStringLiteral("--json")});
    }

    // Seeds `n` more transactions and delivers them: each outcome is an audit
    // row, and the pass ends by anchoring the log's head.
    static QJsonObject deliver(test::CoreRig &rig, int n)
    {
        if (test::seedKiosk(rig.kioskDb(), n, n).size() != n)
            return {};
        const test::ToolRun run = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty")}));
        if (run.exitCode != 0)
            qWarning("sync run: %s %s", run.out.constData(), run.err.constData());
        return lastJson(run.out);
    }

    // Starts core on `backend`, enrols K001 and anchors six audit rows.
    bool anchoredKiosk(test::CoreRig &rig, const QString &backend)
    {
        if (backend == u"postgresql" && !rig.usePostgres(m_conninfo))
            return false;
        if (!rig.makePki() || !rig.startCore() || !rig.enrol())
            return false;
        const QJsonObject synced = deliver(rig, 6);
        const QJsonObject anchor = synced.value(QStringLiteral("anchor")).toObject();
        if (synced.value(QStringLiteral("acknowledged")).toInt() != 6
            || anchor.value(QStringLiteral("result")).toString() != u"anchored"
            || anchor.value(QStringLiteral("sequence")).toInt() != 6) {
            qWarning("first sync: %s", QJsonDocument(synced).toJson(QJsonDocument::Compact).constData());
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false"));
        QString error;
        m_conninfo = test::fixtureConninfo(&error);
        QVERIFY2(!m_conninfo.isEmpty(), qPrintable(error));
    }

    void intactLogIsAnchoredAndVerified_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void intactLogIsAnchoredAndVerified()
    {
        QFETCH(QString, backend);
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(anchoredKiosk(rig, backend));

        const test::ToolRun kiosk = verifyKiosk(rig);
        QVERIFY2(kiosk.exitCode == 0, kiosk.out.constData());
        const QJsonObject k = lastJson(kiosk.out);
        QCOMPARE(k.value(QStringLiteral("rows")).toString(), QStringLiteral("6"));
        QCOMPARE(k.value(QStringLiteral("anchored")).toString(), QStringLiteral("6"));
        QCOMPARE(k.value(QStringLiteral("checked_against")).toString(), QStringLiteral("core"));

        // The next pass extends the anchor with the MACs of the new rows.
        const QJsonObject again = deliver(rig, 3);
        QCOMPARE(again.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("sequence")).toInt(), 9);
        const test::ToolRun core = verifyCore(rig);
        QVERIFY2(core.exitCode == 0, core.out.constData() + core.err);
        const QJsonObject c = lastJson(core.out);
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("consistent"));
        QCOMPARE(c.value(QStringLiteral("anchors")).toInt(), 2);
        QCOMPARE(c.value(QStringLiteral("sequence")).toInt(), 9);
        // A pass with nothing new sends nothing and keeps the anchor.
        const test::ToolRun idle = rig.branchctl(rig.syncArgs());
        QCOMPARE(lastJson(idle.out).value(QStringLiteral("anchor")).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("unchanged"));
    }

    // Every tampering of the finding, on anchored rows (1..6 anchored).
    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<int>("recomputeFrom"); // 0: none
        QTest::addColumn<bool>("wrongKey");     // recompute under another key, else plain SHA-256
        QTest::addColumn<QString>("kioskReason");
        QTest::addColumn<QString>("coreReason");
        const QString noUpdate = QStringLiteral("DROP TRIGGER audit_log_no_update");
        const QString noDelete = QStringLiteral("DROP TRIGGER audit_log_no_delete");
        const QString lowerSequence = QStringLiteral("UPDATE sqlite_sequence SET seq = (SELECT COALESCE(MAX(id), 0) "
                                                     "FROM audit_log) WHERE name = 'audit_log'");
        const QString dropHeld = QStringLiteral("DELETE FROM kiosk_settings WHERE key = 'audit.anchor'");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const auto row = [&backend](const char *name) {
                return &QTest::newRow(qPrintable(backend + u' ' + QLatin1String(name)));
            };
            *row("change a row") << backend
                                 << QStringList{noUpdate, QStringLiteral("UPDATE audit_log SET actor = 'staff:S1' WHERE id = 3")}
                                 << 0 << false << "hash_mismatch" << "chain_reported_broken";
            *row("delete the last row") << backend << QStringList{noDelete, QStringLiteral("DELETE FROM audit_log WHERE id = 6")}
                                        << 0 << false << "tail_missing" << "anchor_inconsistent";
            *row("delete a middle row") << backend << QStringList{noDelete, QStringLiteral("DELETE FROM audit_log WHERE id = 3")}
                                        << 0 << false << "row_missing" << "chain_reported_broken";
            *row("delete the tail, lower sqlite_sequence")
                << backend << QStringList{noDelete, QStringLiteral("DELETE FROM audit_log WHERE id >= 4"), lowerSequence}
                << 0 << false << "anchored_rows_missing" << "anchor_regressed";
            *row("delete every row") << backend
                                     << QStringList{noDelete, QStringLiteral("DELETE FROM audit_log"), lowerSequence}
                                     << 0 << false << "anchored_rows_missing" << "anchor_regressed";
            // Only core still knows: the kiosk's own anchor went too.
            *row("delete every row and the held anchor")
                << backend << QStringList{noDelete, QStringLiteral("DELETE FROM audit_log"), lowerSequence, dropHeld}
                << 0 << false << "anchored_rows_missing" << "anchor_regressed";
            *row("forge a row, recompute with plain SHA-256")
                << backend << QStringList{noUpdate, QStringLiteral("UPDATE audit_log SET subject = '2' WHERE id = 3")}
                << 3 << false << "unkeyed_row" << "anchor_inconsistent";
            *row("recompute with a wrong key") << backend << QStringList{} << 1 << true << "hash_mismatch"
                                               << "anchor_inconsistent";
        }
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, sql);
        QFETCH(int, recomputeFrom);
        QFETCH(bool, wrongKey);
        QFETCH(QString, kioskReason);
        QFETCH(QString, coreReason);
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(anchoredKiosk(rig, backend));
        {
            test::RawConnection raw(rig.kioskDb());
            for (const QString &statement : std::as_const(sql))
                QVERIFY2(raw.exec(statement), qPrintable(raw.lastError()));
        }
        const auto otherKey = test::auditKey();
        if (recomputeFrom > 0)
            QVERIFY(test::recomputeChain(rig.kioskDb(), recomputeFrom, wrongKey ? otherKey.get() : nullptr));

        // The kiosk: its key, the anchor it holds, and core's.
        const test::ToolRun kiosk = verifyKiosk(rig);
        const QJsonObject k = lastJson(kiosk.out);
        QVERIFY2(kiosk.exitCode == 1, kiosk.out.constData() + kiosk.err);
        QCOMPARE(k.value(QStringLiteral("status")).toString(), QStringLiteral("broken"));
        QCOMPARE(k.value(QStringLiteral("reason")).toString(), kioskReason);
        const test::ToolRun text = rig.branchctl(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                             QStringLiteral("audit"), QStringLiteral("verify"),
                                                             QStringLiteral("--database"), rig.kioskDb()}
                                                 + rig.secretArgs());
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("broken"), text.out.constData());

        // Core: the next sync's anchor cannot extend what core holds.
        const QJsonObject synced = deliver(rig, 2);
        QCOMPARE(synced.value(QStringLiteral("acknowledged")).toInt(), 2); // delivery itself goes on
        const test::ToolRun core = verifyCore(rig);
        QVERIFY2(core.exitCode == 1, core.out.constData() + core.err);
        const QJsonObject c = lastJson(core.out);
        QCOMPARE(c.value(QStringLiteral("reason")).toString(), coreReason);
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("flagged"));
        // ... and the kiosk hears of it from core.
        const test::ToolRun after = verifyKiosk(rig);
        QCOMPARE(after.exitCode, 1);
    }

    // A held anchor that was never core's does not verify, and --offline
    // checks against the held anchor alone.
    void heldAnchorIsChecked()
    {
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(anchoredKiosk(rig, QStringLiteral("sqlite")));
        const test::ToolRun offline = verifyKiosk(rig, {QStringLiteral("--offline")});
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(lastJson(offline.out).value(QStringLiteral("checked_against")).toString(), QStringLiteral("held"));
        {
            test::RawConnection raw(rig.kioskDb());
            // Point the held anchor at row 2, with core's signature over row 6.
            const QString held = raw.scalar(QStringLiteral("SELECT value FROM kiosk_settings WHERE key = 'audit.anchor'")).toString();
            QJsonObject o = QJsonDocument::fromJson(held.toUtf8()).object();
            o.insert(QStringLiteral("sequence"), 2);
            o.insert(QStringLiteral("head"), raw.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = 2")).toString());
            QVERIFY(raw.exec(QStringLiteral("UPDATE kiosk_settings SET value = '%1' WHERE key = 'audit.anchor'")
                                 .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))));
        }
        const test::ToolRun forged = verifyKiosk(rig, {QStringLiteral("--offline")});
        QCOMPARE(forged.exitCode, 1);
        QCOMPARE(lastJson(forged.out).value(QStringLiteral("reason")).toString(), QStringLiteral("anchor_signature_invalid"));
    }

    // Without core, `audit verify` fails rather than pass on the held copy alone.
    void unreachableCoreIsAFailure()
    {
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(anchoredKiosk(rig, QStringLiteral("sqlite")));
        rig.stopCore();
        const test::ToolRun run = verifyKiosk(rig);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("(core_unreachable)"), run.err.constData());
        QCOMPARE(verifyKiosk(rig, {QStringLiteral("--offline")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditAnchor)
#include "tst_audit_anchor.moc"
