#include "AuditKeying.h"
#include "AuditTestSupport.h"
#include "DevelopmentSecretStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// Keying the chain on first use, and the upgrade of a log written before
// keys (plain SHA-256): checked once, then continued under the key from a
// switch point kept beside the key, out of the database's reach.
class TestAuditKeying : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    struct Kiosk
    {
        QString path;
        Database db;
        std::unique_ptr<DevelopmentSecretStore> secrets;
        test::FakeClock clock = test::stepClock();
    };

    // A kiosk database with `legacyRows` rows an older version wrote.
    std::unique_ptr<Kiosk> kiosk(int legacyRows)
    {
        auto k = std::make_unique<Kiosk>();
        ++m_serial;
        k->path = m_dir.filePath(QStringLiteral("k%1.db").arg(m_serial));
        k->secrets = std::make_unique<DevelopmentSecretStore>(m_dir.filePath(QStringLiteral("s%1").arg(m_serial)));
        if (!test::openDatabase(k->db, k->path))
            return nullptr;
        if (legacyRows > 0) {
            AuditLog log(k->db, k->clock, test::auditKey());
            for (int i = 1; i <= legacyRows; ++i)
                log.append(test::event(i));
            if (!test::recomputeChain(k->path, 1, nullptr))
                return nullptr;
        }
        return k;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newKioskIsKeyedFromTheFirstRow()
    {
        auto k = kiosk(0);
        QVERIFY(k);
        QCOMPARE(readAuditKey(*k->secrets).error.reason, QStringLiteral("audit_key_missing"));
        const AuditKeyResult opened = openAuditKey(k->db, *k->secrets, k->clock, QStringLiteral("kiosk"));
        QVERIFY2(opened.ok(), qPrintable(opened.error.reason));
        QCOMPARE(opened.value->keyedFrom(), 1);
        test::RawConnection raw(k->path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0); // no switch row
        // The next opener, and any reader, get the same key.
        const AuditKeyResult again = openAuditKey(k->db, *k->secrets, k->clock, QStringLiteral("kiosk"));
        QCOMPARE(again.value->mac("x"), opened.value->mac("x"));
        QCOMPARE(readAuditKey(*k->secrets).value->mac("x"), opened.value->mac("x"));
        QVERIFY(!QFile::exists(k->path + QStringLiteral(".key"))); // nothing beside the database
    }

    void legacyLogIsCheckedThenSealedUnderTheKey()
    {
        auto k = kiosk(5);
        QVERIFY(k);
        QCOMPARE(AuditLog(k->db, k->clock, nullptr).verify().value.keyed, false);
        const AuditKeyResult opened = openAuditKey(k->db, *k->secrets, k->clock, QStringLiteral("branchctl"));
        QVERIFY2(opened.ok(), qPrintable(opened.error.reason));
        QCOMPARE(opened.value->keyedFrom(), 6);
        // The switch is recorded as the first keyed row; its hash covers the old head.
        test::RawConnection raw(k->path);
        QCOMPARE(raw.rows(QStringLiteral("SELECT kind, actor, subject, details FROM audit_log WHERE id = 6")),
                 QStringList{QStringLiteral("key_rotation|branchctl|keyed_from:6|"
                                            "{\"reason\":\"legacy_chain_intact\",\"rotated\":\"audit_chain\"}")});
        AuditLog log(k->db, k->clock, opened.value);
        QVERIFY(log.append(test::event(7)).ok());
        const AuditVerification v = log.verify().value;
        QVERIFY2(v.intact(), qPrintable(v.reason));
        QCOMPARE(v.rowsChecked, 7);
        QVERIFY(v.keyed);
        // Recomputing the legacy rows in plain SHA-256 is no longer enough.
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'staff:S9' WHERE id = 2")));
        QVERIFY(test::recomputeChain(k->path, 2, nullptr));
        const AuditVerification forged = log.verify().value;
        QCOMPARE(forged.reason, QStringLiteral("unkeyed_row"));
        QCOMPARE(forged.brokenRowId, 6);
    }

    // A legacy log already broken is keyed all the same (the kiosk keeps
    // working), and its break stays reported.
    void brokenLegacyLogStaysBroken()
    {
        auto k = kiosk(4);
        QVERIFY(k);
        {
            test::RawConnection raw(k->path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'staff:S9' WHERE id = 2")));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("audit chain broken")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("keying an audit log that was already broken")));
        const AuditKeyResult opened = openAuditKey(k->db, *k->secrets, k->clock, QStringLiteral("kiosk"));
        QVERIFY(opened.ok());
        test::RawConnection raw(k->path);
        QVERIFY(raw.scalar(QStringLiteral("SELECT details FROM audit_log WHERE id = 5")).toString().contains(
            QStringLiteral("hash_mismatch")));
        const AuditVerification v = AuditLog(k->db, k->clock, opened.value).verify().value;
        QCOMPARE(v.reason, QStringLiteral("hash_mismatch"));
        QCOMPARE(v.brokenRowId, 2);
    }

    void damagedKeyIsRefused()
    {
        auto k = kiosk(0);
        QVERIFY(k);
        QVERIFY(k->secrets->write(QString(SecretName::AuditChainKey), "not a key").ok());
        QCOMPARE(openAuditKey(k->db, *k->secrets, k->clock, QStringLiteral("kiosk")).error.reason,
                 QStringLiteral("audit_key_invalid"));
        QCOMPARE(readAuditKey(*k->secrets).error.reason, QStringLiteral("audit_key_invalid"));
    }
};

QTEST_GUILESS_MAIN(TestAuditKeying)
#include "tst_audit_keying.moc"
