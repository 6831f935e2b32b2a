#include "SqlScript.h"

#include <QTest>

using branch::SqlScript;

class TestSqlScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("last");

        QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);") << 2
                                        << QStringLiteral("CREATE TABLE b(y)");
        QTest::newRow("no trailing semicolon") << QStringLiteral("SELECT 1;SELECT 2") << 2 << QStringLiteral("SELECT 2");
        QTest::newRow("semicolon in string") << QStringLiteral("INSERT INTO t VALUES ('a;b');") << 1
                                             << QStringLiteral("INSERT INTO t VALUES ('a;b')");
        QTest::newRow("escaped quote") << QStringLiteral("INSERT INTO t VALUES ('it''s;');SELECT 2;") << 2
                                       << QStringLiteral("SELECT 2");
        QTest::newRow("semicolon in comments") << QStringLiteral("-- a; b\nSELECT 1; /* c; d */") << 1
                                               << QStringLiteral("SELECT 1");
        QTest::newRow("only comments") << QStringLiteral("-- nothing here;\n/* still; nothing */\n") << 0 << QString();
        QTest::newRow("quoted identifier") << QStringLiteral("CREATE TABLE \"a;b\"([c;d]);") << 1
                                           << QStringLiteral("CREATE TABLE \"a;b\"([c;d])");
        QTest::newRow("trigger body")
            << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET y = 1; DELETE FROM c; END;\n"
                              "SELECT 3;")
            << 2 << QStringLiteral("SELECT 3");
        QTest::newRow("temp trigger with case")
            << QStringLiteral("CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN "
                              "UPDATE b SET y = CASE WHEN 1 THEN 2 END; END; SELECT 4")
            << 2 << QStringLiteral("SELECT 4");
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(int, count);
        QFETCH(QString, last);
        const SqlScript parsed = SqlScript::parse(script);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.statements.size(), count);
        if (count > 0)
            QCOMPARE(parsed.statements.last().simplified(), last);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("begin") << QStringLiteral("BEGIN; CREATE TABLE a(x);");
        QTest::newRow("commit") << QStringLiteral("CREATE TABLE a(x); COMMIT;");
        QTest::newRow("savepoint") << QStringLiteral("SAVEPOINT s; CREATE TABLE a(x); RELEASE s;");
        QTest::newRow("vacuum") << QStringLiteral("VACUUM");
        QTest::newRow("unterminated quote") << QStringLiteral("SELECT 'abc;");
        QTest::newRow("unterminated comment") << QStringLiteral("SELECT 1; /* abc");
    }

    void refuses()
    {
        QFETCH(QString, script);
        QVERIFY(!SqlScript::parse(script).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
