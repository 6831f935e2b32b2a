#include "Database.h"
#include "JournalRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

class TestJournalRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const OpenResult opened = m_db.open({m_dir.filePath(QStringLiteral("j%1.db").arg(++m_count))});
        QVERIFY2(opened.ok, qPrintable(opened.status.detail));
    }

    void appendsAndListsInOrder_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("json") << QByteArray(R"({"field":"name","value":"张三"})");
        QTest::newRow("binary with zeros") << QByteArray("\x00\x01\xff\x00", 4);
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("large") << QByteArray(256 * 1024, 'p');
    }

    void appendsAndListsInOrder()
    {
        QFETCH(QByteArray, payload);
        JournalRepository journal(m_db);
        const auto first = journal.append(QStringLiteral("s1"), QStringLiteral("form.open"), "{}");
        const auto other = journal.append(QStringLiteral("s2"), QStringLiteral("form.open"), "{}");
        const auto second = journal.append(QStringLiteral("s1"), QStringLiteral("field.set"), payload);
        QVERIFY(first.ok() && other.ok() && second.ok());
        QVERIFY(first.value > 0);
        QVERIFY(second.value > first.value);

        const auto entries = journal.entries(QStringLiteral("s1"));
        QVERIFY(entries.ok());
        QCOMPARE(entries.value.size(), 2);
        QCOMPARE(entries.value.at(0).id, first.value);
        QCOMPARE(entries.value.at(0).sequence, 1);
        QCOMPARE(entries.value.at(1).id, second.value);
        QCOMPARE(entries.value.at(1).sequence, 2);
        QCOMPARE(entries.value.at(1).kind, QStringLiteral("field.set"));
        QCOMPARE(entries.value.at(1).sessionId, QStringLiteral("s1"));
        QCOMPARE(entries.value.at(1).payload, payload);
        QVERIFY(entries.value.at(1).createdAt.endsWith(u'Z'));
        QCOMPARE(journal.entries(QStringLiteral("s2")).value.at(0).sequence, 1);
    }

    void appendsBatch()
    {
        JournalRepository journal(m_db);
        QList<JournalRecord> records;
        for (int i = 0; i < 5; ++i)
            records.append({QStringLiteral("k%1").arg(i), QByteArray::number(i)});
        const auto ids = journal.appendBatch(QStringLiteral("s"), records);
        QVERIFY(ids.ok());
        QCOMPARE(ids.value.size(), 5);
        const auto entries = journal.entries(QStringLiteral("s")).value;
        QCOMPARE(entries.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(entries.at(i).id, ids.value.at(i));
            QCOMPARE(entries.at(i).sequence, i + 1);
            QCOMPARE(entries.at(i).payload, QByteArray::number(i));
        }
    }

    void clearsOneSession()
    {
        JournalRepository journal(m_db);
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.append(QStringLiteral("idle"), QStringLiteral("k"), "secret").ok());
        QVERIFY(journal.append(QStringLiteral("active"), QStringLiteral("k"), "x").ok());
        QCOMPARE(journal.sessions().value, (QStringList{QStringLiteral("active"), QStringLiteral("idle")}));

        const auto cleared = journal.clearSession(QStringLiteral("idle"));
        QVERIFY(cleared.ok());
        QCOMPARE(cleared.value, 3);
        QVERIFY(journal.entries(QStringLiteral("idle")).value.isEmpty());
        QCOMPARE(journal.entries(QStringLiteral("active")).value.size(), 1);
        QCOMPARE(journal.sessions().value, QStringList{QStringLiteral("active")});
        QCOMPARE(journal.clearSession(QStringLiteral("idle")).value, 0);
    }

    void entriesSurviveReopen()
    {
        JournalRepository journal(m_db);
        const auto id = journal.append(QStringLiteral("s"), QStringLiteral("k"), "kept");
        QVERIFY(id.ok());
        const QString path = m_dir.filePath(QStringLiteral("j%1.db").arg(m_count));
        m_db.close();
        QVERIFY(m_db.open({path}).ok);
        const auto entries = JournalRepository(m_db).entries(QStringLiteral("s")).value;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).id, id.value);
        QCOMPARE(entries.at(0).payload, QByteArray("kept"));
    }

    void closedDatabaseIsReported()
    {
        m_db.close();
        JournalRepository journal(m_db);
        QCOMPARE(journal.append(QStringLiteral("s"), QStringLiteral("k"), "x").error.reason,
                 QString(StoreReason::NotOpen));
        QCOMPARE(journal.entries(QStringLiteral("s")).error.reason, QString(StoreReason::NotOpen));
        QCOMPARE(journal.clearSession(QStringLiteral("s")).error.reason, QString(StoreReason::NotOpen));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestJournalRepository)
#include "tst_journal_repository.moc"
