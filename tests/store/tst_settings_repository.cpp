#include "Database.h"
#include "SettingsRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const OpenResult opened = m_db.open({m_dir.filePath(QStringLiteral("settings.db"))});
        QVERIFY2(opened.ok, qPrintable(opened.status.detail));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("ascii") << QStringLiteral("branch.code") << QStringLiteral("0101");
        QTest::newRow("chinese") << QStringLiteral("greeting") << QStringLiteral("欢迎光临");
        QTest::newRow("empty value") << QStringLiteral("empty") << QString(QLatin1String(""));
        QTest::newRow("quotes") << QStringLiteral("it's") << QStringLiteral("'; DROP TABLE kiosk_settings; --");
        QTest::newRow("long") << QStringLiteral("long") << QString(100000, u'x');
    }

    void roundTrip()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        SettingsRepository settings(m_db);
        QVERIFY(!settings.setValue(key, value).isError());
        const auto read = settings.value(key);
        QVERIFY(read.ok());
        QVERIFY(read.value.has_value());
        QCOMPARE(*read.value, value);
        QVERIFY(!read.value->isNull());
    }

    void overwrites()
    {
        SettingsRepository settings(m_db);
        QVERIFY(!settings.setValue(QStringLiteral("lang"), QStringLiteral("zh_CN")).isError());
        QVERIFY(!settings.setValue(QStringLiteral("lang"), QStringLiteral("en")).isError());
        QCOMPARE(*settings.value(QStringLiteral("lang")).value, QStringLiteral("en"));
    }

    void missingKeyHasNoValue()
    {
        const auto read = SettingsRepository(m_db).value(QStringLiteral("never.set"));
        QVERIFY(read.ok());
        QVERIFY(!read.value.has_value());
    }

    void removes()
    {
        SettingsRepository settings(m_db);
        QVERIFY(!settings.setValue(QStringLiteral("gone"), QStringLiteral("1")).isError());
        const auto first = settings.remove(QStringLiteral("gone"));
        QVERIFY(first.ok());
        QVERIFY(first.value);
        QVERIFY(!settings.value(QStringLiteral("gone")).value.has_value());
        const auto second = settings.remove(QStringLiteral("gone"));
        QVERIFY(second.ok());
        QVERIFY(!second.value);
    }

    void survivesReopen()
    {
        SettingsRepository settings(m_db);
        QVERIFY(!settings.setValue(QStringLiteral("durable"), QStringLiteral("yes")).isError());
        m_db.close();
        QVERIFY(m_db.open({m_dir.filePath(QStringLiteral("settings.db"))}).ok);
        QCOMPARE(*SettingsRepository(m_db).value(QStringLiteral("durable")).value, QStringLiteral("yes"));
    }

    void closedDatabaseIsReported()
    {
        Database closed;
        SettingsRepository settings(closed);
        QCOMPARE(settings.value(QStringLiteral("k")).error.reason, QString(StoreReason::NotOpen));
        QCOMPARE(settings.setValue(QStringLiteral("k"), QStringLiteral("v")).reason, QString(StoreReason::NotOpen));
        QCOMPARE(settings.remove(QStringLiteral("k")).error.reason, QString(StoreReason::NotOpen));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settings_repository.moc"
