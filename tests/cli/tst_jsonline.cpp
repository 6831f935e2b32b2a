#include "JsonLine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestJsonLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data();
    void escapes();
    void keepsKeyOrder();
};

void TestJsonLine::escapes_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << "checksum_mismatch";
    QTest::newRow("quote") << "a\"b";
    QTest::newRow("backslash") << "a\\b";
    QTest::newRow("newline") << "a\nb\r\t";
    QTest::newRow("control") << QStringLiteral("\x01\x1f");
    QTest::newRow("Chinese") << "身份证";
}

void TestJsonLine::escapes()
{
    QFETCH(QString, value);
    const QString line = branch::jsonLine({{QStringLiteral("k"), value}});
    QVERIFY(!line.contains(u'\n'));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(QStringLiteral("k")).toString(), value);
}

void TestJsonLine::keepsKeyOrder()
{
    QCOMPARE(branch::jsonLine({{QStringLiteral("z"), QStringLiteral("1")}, {QStringLiteral("a"), QStringLiteral("2")}}),
             QStringLiteral("{\"z\":\"1\",\"a\":\"2\"}"));
    QCOMPARE(branch::jsonLine({}), QStringLiteral("{}"));
}

QTEST_GUILESS_MAIN(TestJsonLine)
#include "tst_jsonline.moc"
