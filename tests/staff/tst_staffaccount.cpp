// Staff roles, the secret policy and the Argon2id hash (StaffAccount.h).
#include "StaffAccount.h"

#include <QTest>

using namespace branch;

class TestStaffAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesRoundTrip()
    {
        for (const QString &name : StaffRoles::names()) {
            const std::optional<StaffRole> role = StaffRoles::parse(name);
            QVERIFY2(role, qPrintable(name));
            QCOMPARE(StaffRoles::name(*role), name);
            QVERIFY(!StaffRoles::displayName(*role).isEmpty());
        }
        QCOMPARE(StaffRoles::names(), (QStringList{QStringLiteral("teller"), QStringLiteral("supervisor"),
                                                   QStringLiteral("branch_admin"), QStringLiteral("remote_teller")}));
        QVERIFY(!StaffRoles::parse(QStringLiteral("Teller")));
        QVERIFY(!StaffRoles::parse(QString()));
    }

    void staffIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("S1024") << true;
        QTest::newRow("dotted") << QStringLiteral("wang.fang_2-b") << true;
        QTest::newRow("one letter") << QStringLiteral("a") << true;
        QTest::newRow("32 long") << QStringLiteral("a").repeated(32) << true;
        QTest::newRow("33 long") << QStringLiteral("a").repeated(33) << false;
        QTest::newRow("digit first") << QStringLiteral("1024") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("colon") << QStringLiteral("staff:S1") << false;
        QTest::newRow("space") << QStringLiteral("S 1") << false;
        QTest::newRow("chinese") << QStringLiteral("王芳") << false;
    }

    void staffIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(StaffSecrets::isStaffId(id), valid);
    }

    void policy_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("reason");
        QTest::newRow("6-digit PIN") << QStringLiteral("204816") << QString();
        QTest::newRow("5-digit PIN") << QStringLiteral("20481") << QStringLiteral("secret_too_short");
        QTest::newRow("8-char password") << QStringLiteral("branch-1") << QString();
        QTest::newRow("7-char password") << QStringLiteral("branch1") << QStringLiteral("secret_too_short");
        QTest::newRow("64 chars") << QStringLiteral("x").repeated(64) << QString();
        QTest::newRow("65 chars") << QStringLiteral("x").repeated(65) << QStringLiteral("secret_too_long");
        QTest::newRow("empty") << QString() << QStringLiteral("secret_too_short");
        QTest::newRow("control character") << QStringLiteral("pass\tword") << QStringLiteral("secret_invalid");
        QTest::newRow("chinese password") << QStringLiteral("柜员密码很安全啊") << QString();
    }

    void policy()
    {
        QFETCH(QString, secret);
        QFETCH(QString, reason);
        QCOMPARE(StaffSecrets::policyReason(secret), reason);
    }

    void hashIsArgon2idAndVerifies()
    {
        const QByteArray hash = StaffSecrets::hash("correct horse");
        QVERIFY2(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash.constData());
        QVERIFY(StaffSecrets::verify(hash, "correct horse"));
        QVERIFY(!StaffSecrets::verify(hash, "correct horsE"));
        QVERIFY(!StaffSecrets::verify(hash, QByteArray()));
        // Salted: the same secret never hashes alike.
        QVERIFY(StaffSecrets::hash("correct horse") != hash);
        QVERIFY(!StaffSecrets::verify(QByteArray(), "correct horse"));
        QVERIFY(!StaffSecrets::verify("$argon2id$garbage", "correct horse"));
    }
};

QTEST_GUILESS_MAIN(TestStaffAccount)
#include "tst_staffaccount.moc"
