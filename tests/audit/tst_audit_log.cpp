#include "../store/StoreTestUtil.h"
#include "AuditTestSupport.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// Appending, verifying, and every way of tampering with the table behind the
// application's back (through a raw SQLite connection, triggers dropped).
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_serial = 0;
    const std::shared_ptr<const AuditChainKey> m_key = test::auditKey();

    // A fresh database with `rows` entries.
    QString filled(int rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("audit-%1.db").arg(++m_serial));
        Database db;
        if (!test::openDatabase(db, path))
            return {};
        test::FakeClock clock = test::stepClock();
        AuditLog log(db, clock, m_key);
        for (int i = 1; i <= rows; ++i) {
            if (log.append(test::event(i)).value != i)
                return {};
        }
        return path;
    }

    AuditVerification verify(const QString &path, std::shared_ptr<const AuditChainKey> key = {}) const
    {
        Database db;
        test::openDatabase(db, path);
        test::FakeClock clock = test::stepClock();
        return AuditLog(db, clock, key ? key : m_key).verify().value;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void appendAndVerify()
    {
        const QString path = filled(12);
        QVERIFY(!path.isEmpty());
        const AuditVerification v = verify(path);
        QVERIFY2(v.intact(), qPrintable(v.reason));
        QCOMPARE(v.rowsChecked, 12);
        QCOMPARE(v.brokenRowId, 0);
        test::RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 1")).toString(),
                 QString(64, u'0'));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log AS a JOIN audit_log AS b "
                                           "ON b.id = a.id + 1 WHERE b.prev_hash = a.hash")).toInt(), 11);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT details FROM audit_log WHERE id = 3")).toString(),
                 QStringLiteral("{\"attempts\":3,\"outcome\":\"ok\"}"));
    }

    void emptyLogIsIntact()
    {
        const AuditVerification v = verify(filled(0));
        QVERIFY(v.intact());
        QCOMPARE(v.rowsChecked, 0);
    }

    void refusesBadEvents_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QJsonObject>("details");
        QTest::addColumn<QString>("reason");
        const QString receipt = ReceiptNumber{QStringLiteral("KIOSK01"), QDate(2025, 6, 15), 9}.toString();
        const QJsonObject fine{{QStringLiteral("outcome"), QStringLiteral("ok")}};
        QTest::newRow("unknown kind") << "login" << "kiosk" << receipt << fine << "invalid_audit_event";
        QTest::newRow("unknown actor") << "submission" << "someone" << receipt << fine << "invalid_audit_event";
        QTest::newRow("staff id with a space") << "staff_action" << "staff:Wang Wu" << "7" << fine
                                               << "invalid_audit_event";
        QTest::newRow("phone as subject") << "staff_action" << "kiosk" << "call 13912345678" << fine
                                          << "invalid_audit_event";
        QTest::newRow("bad receipt check character")
            << "submission" << "kiosk" << QString(receipt.chopped(1) + (receipt.endsWith(u'A') ? u'B' : u'A')) << fine
            << "invalid_audit_event";
        QTest::newRow("unknown key") << "submission" << "kiosk" << receipt
                                     << QJsonObject{{QStringLiteral("ref"), QStringLiteral("x")}}
                                     << "unknown_audit_detail";
        QTest::newRow("name key") << "submission" << "kiosk" << receipt
                                  << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}} << "unknown_audit_detail";
        QTest::newRow("reason not a code") << "sync_outcome" << "sync" << "12"
                                           << QJsonObject{{QStringLiteral("reason"), QStringLiteral("Core said no")}}
                                           << "invalid_audit_detail";
        QTest::newRow("nested object") << "authorization" << "kiosk" << receipt
                                       << QJsonObject{{QStringLiteral("outcome"),
                                                       QJsonObject{{QStringLiteral("b"), QStringLiteral("ok")}}}}
                                       << "invalid_audit_detail";
    }

    void refusesBadEvents()
    {
        QFETCH(QString, kind);
        QFETCH(QString, actor);
        QFETCH(QString, subject);
        QFETCH(QJsonObject, details);
        QFETCH(QString, reason);
        const QString path = filled(1);
        Database db;
        QVERIFY(test::openDatabase(db, path));
        test::FakeClock clock = test::stepClock();
        AuditLog log(db, clock, m_key);
        const auto appended = log.append({kind, actor, subject, AuditDetails::fromJson(details)});
        QCOMPARE(appended.error.reason, reason);
        QVERIFY(!appended.error.message.isEmpty());
        QCOMPARE(log.verify().value.rowsChecked, 1);
    }

    void appendsInsideCallersTransaction()
    {
        const QString path = filled(2);
        Database db;
        QVERIFY(test::openDatabase(db, path));
        test::FakeClock clock = test::stepClock();
        AuditLog log(db, clock, m_key);
        {
            Transaction tx(db.connection());
            QVERIFY(!tx.begin().isError());
            QCOMPARE(log.append(test::event(3), &tx).value, 3);
            // Rolled back with the caller's change.
        }
        QCOMPARE(log.verify().value.rowsChecked, 2);
        {
            Transaction tx(db.connection());
            QVERIFY(!tx.begin().isError());
            QCOMPARE(log.append(test::event(3), &tx).value, 3);
            QCOMPARE(log.append(test::event(4), &tx).value, 4);
            QVERIFY(!tx.commit().isError());
        }
        const auto v = log.verify();
        QVERIFY(v.value.intact());
        QCOMPARE(v.value.rowsChecked, 4);
        Transaction idle(db.connection());
        QCOMPARE(log.append(test::event(5), &idle).error.reason, QString(AuditReason::NoTransaction));
    }

    void triggersRefuseUpdateAndDelete()
    {
        const QString path = filled(3);
        test::RawConnection raw(path);
        QVERIFY(!raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 2")));
        QVERIFY(raw.lastError().contains(QStringLiteral("append-only")));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 3);
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<qint64>("brokenRow");
        QTest::addColumn<QString>("reason");
        QTest::newRow("edited details") << QStringList{QStringLiteral("UPDATE audit_log SET details = '{}' WHERE id = 4")}
                                        << qint64(4) << "hash_mismatch";
        QTest::newRow("edited time") << QStringList{QStringLiteral(
            "UPDATE audit_log SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = 6")}
                                     << qint64(6) << "hash_mismatch";
        QTest::newRow("edited row rehashed")
            << QStringList{QStringLiteral("UPDATE audit_log SET subject = 'x', hash = '%1' WHERE id = 3")
                               .arg(QString(64, u'a'))}
            << qint64(3) << "hash_mismatch";
        QTest::newRow("deleted middle row") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 5")}
                                            << qint64(6) << "row_missing";
        QTest::newRow("deleted first row") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 1")}
                                           << qint64(2) << "row_missing";
        QTest::newRow("deleted last rows") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id >= 7")}
                                           << qint64(7) << "tail_missing";
        QTest::newRow("deleted and renumbered")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 5"),
                           QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > 5")}
            << qint64(5) << "prev_hash_mismatch";
        QTest::newRow("reordered") << QStringList{QStringLiteral("UPDATE audit_log SET id = -3 WHERE id = 3"),
                                                  QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 4"),
                                                  QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = -3")}
                                   << qint64(3) << "prev_hash_mismatch";
    }

    void tamperingIsFound()
    {
        QFETCH(QStringList, sql);
        QFETCH(qint64, brokenRow);
        QFETCH(QString, reason);
        const QString path = filled(8);
        {
            test::RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            for (const QString &statement : std::as_const(sql))
                QVERIFY2(raw.exec(statement), qPrintable(raw.lastError()));
        }
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact());
        QCOMPARE(v.reason, reason);
        QCOMPARE(v.brokenRowId, brokenRow);
        QVERIFY(!v.message.isEmpty());
    }

    // Without the key, nothing that verifies can be written: a forged row
    // with the chain recomputed in plain SHA-256 (which passed before keys),
    // or the whole log recomputed under another key.
    void recomputedChainIsFound_data()
    {
        QTest::addColumn<bool>("wrongKey");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<QString>("reason");
        QTest::newRow("forged row, plain SHA-256") << false << qint64(5) << "unkeyed_row";
        QTest::newRow("all rows, plain SHA-256") << false << qint64(1) << "unkeyed_row";
        QTest::newRow("all rows, another key") << true << qint64(1) << "hash_mismatch";
    }

    void recomputedChainIsFound()
    {
        QFETCH(bool, wrongKey);
        QFETCH(qint64, from);
        QFETCH(QString, reason);
        const QString path = filled(8);
        if (!wrongKey) {
            test::RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'staff:S1' WHERE id = %1").arg(from)));
        }
        const auto other = test::auditKey();
        QVERIFY(test::recomputeChain(path, from, wrongKey ? other.get() : nullptr));
        const AuditVerification v = verify(path);
        QCOMPARE(v.reason, reason);
        QCOMPARE(v.brokenRowId, from);
        QVERIFY(!v.message.isEmpty());
        // The recomputed log is consistent in itself: only the key tells.
        if (wrongKey)
            QVERIFY(verify(path, other).intact());
    }

    // Rows written before the key (plain SHA-256) are accepted below the
    // key's switch point only, and never after a keyed row.
    void legacyRowsBelowTheSwitchPoint()
    {
        const QString path = filled(5);
        QVERIFY(test::recomputeChain(path, 1, nullptr)); // the log an older version wrote
        QCOMPARE(verify(path).reason, QStringLiteral("unkeyed_row"));
        QVERIFY(verify(path, test::auditKey(6)).intact());
        const AuditVerification early = verify(path, test::auditKey(5));
        QCOMPARE(early.reason, QStringLiteral("unkeyed_row"));
        QCOMPARE(early.brokenRowId, 5);
    }

    // A tail cut with sqlite_sequence lowered to match looked like a shorter
    // log; the key's switch point catches a cut below it.
    void cutBelowTheSwitchPointIsFound()
    {
        const QString path = filled(6);
        QVERIFY(test::recomputeChain(path, 1, nullptr));
        {
            test::RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 4")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = 3 WHERE name = 'audit_log'")));
        }
        const AuditVerification v = verify(path, test::auditKey(7));
        QCOMPARE(v.reason, QStringLiteral("tail_missing"));
        QCOMPARE(v.brokenRowId, 4);
        QVERIFY(verify(path, test::auditKey(4)).intact()); // what the old check saw
    }

    // The relay's check between full ones: only the rows after one it checked.
    void verifiesFromACheckedRow()
    {
        const QString path = filled(8);
        QString head3;
        {
            test::RawConnection raw(path);
            head3 = raw.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = 3")).toString();
        }
        Database db;
        QVERIFY(test::openDatabase(db, path));
        test::FakeClock clock = test::stepClock();
        const AuditLog log(db, clock, m_key);
        AuditVerification v = log.verifyFrom(3, head3).value;
        QVERIFY2(v.intact(), qPrintable(v.reason));
        QCOMPARE(v.rowsChecked, 5);
        QCOMPARE(v.lastId, 8);
        QCOMPARE(v.head, log.verify().value.head);
        QCOMPARE(log.verifyFrom(3, QString(64, u'f')).value.reason, QStringLiteral("prev_hash_mismatch"));
        {
            test::RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'staff:S1' WHERE id = 6")));
        }
        v = log.verifyFrom(3, head3).value;
        QCOMPARE(v.reason, QStringLiteral("hash_mismatch"));
        QCOMPARE(v.brokenRowId, 6);
    }

    void appendNeedsTheKey()
    {
        const QString path = filled(1);
        Database db;
        QVERIFY(test::openDatabase(db, path));
        test::FakeClock clock = test::stepClock();
        const auto appended = AuditLog(db, clock, nullptr).append(test::event(2));
        QCOMPARE(appended.error.reason, QStringLiteral("audit_key_missing"));
        QVERIFY(!appended.error.message.isEmpty());
        QCOMPARE(verify(path).rowsChecked, 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
