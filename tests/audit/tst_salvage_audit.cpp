#include "AuditTestSupport.h"
#include "SalvageAudit.h"
#include "SalvageReport.h"
#include "TestAuditKey.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// Salvage reports are recorded in the audit log once each (SalvageAudit), and
// migration 0007, which teaches the log that kind, leaves its chain intact.
class TestSalvageAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::FakeClock m_clock = test::stepClock();

    QString path() const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    }

    static QStringList auditRows(Database &db)
    {
        QStringList rows;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id, created_at, kind, actor, subject, details, prev_hash, hash FROM audit_log "
                              "ORDER BY id"));
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < 8; ++i)
                cols.append(q.value(i).toString());
            rows.append(cols.join(u'|'));
        }
        return rows;
    }

private Q_SLOTS:
    void eachReportIsAuditedOnce()
    {
        Database db;
        QVERIFY(test::openDatabase(db, path()));
        SalvageReport report;
        report.quarantinePath = QStringLiteral("/data/kiosk.db.corrupt-20261204T093000Z");
        report.outcome = QString(SalvageOutcome::Partial);
        report.damage = QStringLiteral("Page 12: btreeInitPage() returns error code 11");
        report.receiptEpoch = 2;
        report.receiptBlock = 1;
        report.items = {{QStringLiteral("outbox_waiting"), 12, 1}, {QStringLiteral("outbox_delivered"), 4, 0},
                        {QStringLiteral("outbox_unreadable"), 0, 2}, {QStringLiteral("data_keys"), 2, 0},
                        {QStringLiteral("enrolment"), 1, 0}};
        report.lostReceipts = {QStringLiteral("KIOSK01-20261204-000015K")};
        {
            Transaction tx(db.connection());
            QVERIFY(!tx.begin().isError());
            QVERIFY(SalvageReports::insert(db.connection(), report).ok());
            QVERIFY(!tx.commit().isError());
        }
        AuditLog log(db, m_clock, test::auditKey());
        const auto first = auditSalvageReports(db, log, QString(AuditActor::Kiosk));
        QVERIFY2(first.ok(), qPrintable(first.error.detail));
        QCOMPARE(first.value, 1);
        QCOMPARE(auditSalvageReports(db, log, QString(AuditActor::Kiosk)).value, 0);

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, actor, subject, details FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("store_salvage"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("kiosk"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("salvage:1"));
        const QJsonObject details = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        QCOMPARE(details.value(QStringLiteral("waiting_saved")).toInteger(), 12);
        QCOMPARE(details.value(QStringLiteral("entries_saved")).toInteger(), 16);
        QCOMPARE(details.value(QStringLiteral("entries_lost")).toInteger(), 3);
        QCOMPARE(details.value(QStringLiteral("receipts_lost")).toInteger(), 1);
        QCOMPARE(details.value(QStringLiteral("receipt_block")).toInteger(), 1);
        QCOMPARE(details.value(QStringLiteral("enrolment")).toBool(), true);
        // Counts only: neither the path nor a receipt number.
        QVERIFY(!q.value(3).toString().contains(QStringLiteral("corrupt")));
        QVERIFY(!q.value(3).toString().contains(QStringLiteral("KIOSK01")));
        QVERIFY(!q.next());
        QVERIFY(log.verify().value.intact());
        QVERIFY(SalvageReports::list(db.connection()).value.constFirst().audited);
    }

    // 0007 copies the audit table to change its CHECK: same rows, same
    // hashes, the same AUTOINCREMENT sequence (it shows a cut tail), and the
    // append-only triggers back.
    void migrationKeepsTheChainAndItsSequence()
    {
        const auto key = test::auditKey();
        QStringList before;
        {
            Database db;
            OpenOptions options{path()};
            options.targetVersion = 6;
            QVERIFY(db.open(options).ok);
            AuditLog log(db, m_clock, key);
            for (int i = 1; i <= 4; ++i)
                QVERIFY(log.append(test::event(i)).ok());
            before = auditRows(db);
            QVERIFY(QSqlQuery(db.connection())
                        .exec(QStringLiteral("UPDATE sqlite_sequence SET seq = 9 WHERE name = 'audit_log'")));
        }
        Database db;
        QVERIFY(test::openDatabase(db, path()));
        QCOMPARE(auditRows(db), before);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 9);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'staff:7' WHERE id = 2")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 4")));
        AuditLog log(db, m_clock, key);
        // The cut tail the sequence shows is still seen.
        QCOMPARE(log.verify().value.reason, QString(AuditReason::TailMissing));
    }
};

QTEST_GUILESS_MAIN(TestSalvageAudit)
#include "tst_salvage_audit.moc"
