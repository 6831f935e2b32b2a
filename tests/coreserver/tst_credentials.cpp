#include "Credentials.h"

#include <QSet>
#include <QTest>

using namespace branch;

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bearer_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("valid");
        const QByteArray secret(43, 'a');
        QTest::newRow("good") << QByteArray("Bearer K001." + secret) << true;
        QTest::newRow("url-safe chars") << QByteArray("Bearer K001.-_" + QByteArray(41, 'Z')) << true;
        QTest::newRow("basic") << QByteArray("Basic K001." + secret) << false;
        QTest::newRow("no dot") << QByteArray("Bearer K001" + secret) << false;
        QTest::newRow("lower id") << QByteArray("Bearer k001." + secret) << false;
        QTest::newRow("id too long") << QByteArray("Bearer K0010000000000." + secret) << false;
        QTest::newRow("short secret") << QByteArray("Bearer K001." + QByteArray(42, 'a')) << false;
        QTest::newRow("plus in secret") << QByteArray("Bearer K001.+" + QByteArray(42, 'a')) << false;
    }
    void bearer()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, valid);
        QCOMPARE(Credentials::parseBearer(header).valid, valid);
    }

    void secretsAreFreshAndWellFormed()
    {
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const QString s = Credentials::newSecret();
            QVERIFY2(Credentials::isSecret(s), qPrintable(s));
            seen.insert(s);
        }
        QCOMPARE(seen.size(), 50);
    }

    void enrolmentCodeNormalises()
    {
        const QString code = Credentials::newEnrolmentCode();
        QCOMPARE(code.size(), 19);
        QCOMPARE(Credentials::normalizeEnrolmentCode(QStringLiteral(" ") + code.toLower()),
                 Credentials::normalizeEnrolmentCode(code));
        QCOMPARE(Credentials::normalizeEnrolmentCode(code).size(), 16);
    }

    void constantTimeEquals()
    {
        QVERIFY(Credentials::constantTimeEquals("abc", "abc"));
        QVERIFY(!Credentials::constantTimeEquals("abc", "abd"));
        QVERIFY(!Credentials::constantTimeEquals("abc", "ab"));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
