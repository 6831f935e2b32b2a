// The simulator's card files are read strictly: every key, every reason.
#include "IdCardFile.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QString cardsDir()
{
    return QDir(qEnvironmentVariable("BRANCH_SOURCE_DIR")).filePath(QStringLiteral("resources/idcards"));
}

QByteArray shipped(const QString &name)
{
    QFile file(QDir(cardsDir()).filePath(name + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo card missing");
    return file.readAll();
}

} // namespace

class TestIdCardFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedCardsRead()
    {
        const branch::Result<branch::IdCard> zhang = branch::IdCardFile::parse(shipped(QStringLiteral("zhang-san")), cardsDir());
        QVERIFY2(zhang.ok(), qPrintable(zhang.error().detail));
        QCOMPARE(zhang->name, QStringLiteral("张三"));
        QCOMPARE(zhang->sex, QStringLiteral("male"));
        QCOMPARE(zhang->ethnicity, QStringLiteral("汉"));
        QCOMPARE(zhang->birthDate, QDate(1950, 3, 7));
        QCOMPARE(zhang->idNumber, QStringLiteral("350102195003070014"));
        QCOMPARE(zhang->authority, QStringLiteral("福州市公安局鼓楼分局"));
        QCOMPARE(zhang->validFrom, QDate(2010, 3, 7));
        QCOMPARE(zhang->validUntil, std::nullopt);
        QVERIFY(zhang->photo.startsWith("\x89PNG"));
        QVERIFY(branch::checkIdCard(zhang.value(), QDate(2026, 12, 6)).ok());

        const branch::Result<branch::IdCard> wang = branch::IdCardFile::parse(shipped(QStringLiteral("wang-wu-expired")));
        QVERIFY(wang.ok());
        QCOMPARE(wang->validUntil, std::optional<QDate>(QDate(2025, 1, 20)));
        QVERIFY(wang->photo.isEmpty());
        QCOMPARE(branch::checkIdCard(wang.value(), QDate(2026, 12, 6)).reason(), QStringLiteral("card_expired"));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("detail");
        auto row = [](const char *name, const char *from, const char *to, const char *detail) {
            QTest::newRow(name) << QByteArray(from) << QByteArray(to) << QString::fromUtf8(detail);
        };
        row("not json", "{", "[", "(file)");
        row("unknown key", "\"ethnicity\"", "\"nation\"", "nation");
        row("name missing", "\"name\": \"李四\",", "", "name");
        row("name blank", "\"name\": \"李四\"", "\"name\": \"\"", "name");
        row("name not text", "\"name\": \"李四\"", "\"name\": 42", "name");
        row("sex unknown", "\"sex\": \"female\"", "\"sex\": \"f\"", "sex");
        row("birth date bad", "\"1990-06-15\"", "\"1990-02-30\"", "birthDate");
        row("valid from bad", "\"validFrom\": \"2016-06-15\"", "\"validFrom\": \"2016/06/15\"", "validFrom");
        row("valid until bad", "\"2036-06-15\"", "\"forever\"", "validUntil");
        row("id number missing", "\"idNumber\": \"110101199006150025\",", "", "idNumber");
        row("photo a path", "\"li-si.png\"", "\"../../etc/passwd\"", "photo");
        row("photo not text", "\"li-si.png\"", "7", "photo");
    }
    void refuses()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, detail);
        QByteArray json = shipped(QStringLiteral("li-si"));
        QVERIFY(json.contains(from));
        json.replace(json.indexOf(from), from.size(), to);
        const branch::Result<branch::IdCard> card = branch::IdCardFile::parse(json, cardsDir());
        QCOMPARE(card.reason(), QStringLiteral("card_file_invalid"));
        QCOMPARE(card.error().detail, detail);
    }
};

QTEST_GUILESS_MAIN(TestIdCardFile)
#include "tst_idcardfile.moc"
