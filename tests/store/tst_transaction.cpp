#include "Database.h"
#include "StoreTestUtil.h"
#include "Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.close();
        const OpenResult opened = m_db.open({m_dir.filePath(QStringLiteral("t%1.db").arg(++m_count))});
        QVERIFY2(opened.ok, qPrintable(opened.status.detail));
    }

    void commitPersists()
    {
        {
            Transaction tx(m_db.connection());
            QVERIFY(!tx.begin().isError());
            QVERIFY(tx.isActive());
            QVERIFY(insert(QStringLiteral("a")));
            QVERIFY(!tx.commit().isError());
            QVERIFY(!tx.isActive());
        }
        QCOMPARE(count(), 1);
    }

    void rollsBackUnlessCommitted_data()
    {
        QTest::addColumn<bool>("explicitRollback");
        QTest::newRow("destructor") << false;
        QTest::newRow("rollback()") << true;
    }

    void rollsBackUnlessCommitted()
    {
        QFETCH(bool, explicitRollback);
        {
            Transaction tx(m_db.connection());
            QVERIFY(!tx.begin().isError());
            QVERIFY(insert(QStringLiteral("b")));
            QCOMPARE(count(), 1); // visible inside the transaction
            if (explicitRollback)
                tx.rollback();
        }
        QCOMPARE(count(), 0);
        // The connection is usable again.
        Transaction next(m_db.connection());
        QVERIFY(!next.begin().isError());
    }

    void commitWithoutBeginFails()
    {
        Transaction tx(m_db.connection());
        QCOMPARE(tx.commit().reason, QString(StoreReason::QueryFailed));
    }

    void nestedBeginFails()
    {
        Transaction outer(m_db.connection());
        QVERIFY(!outer.begin().isError());
        Transaction inner(m_db.connection());
        QVERIFY(inner.begin().isError());
        QVERIFY(outer.isActive());
    }

    void closedDatabaseIsReported()
    {
        m_db.close();
        Transaction tx(m_db.connection());
        QCOMPARE(tx.begin().reason, QString(StoreReason::NotOpen));
    }

    void busyWriterTimesOut()
    {
        // A second process (branchctl, say) holding the write lock.
        test::RawConnection other(m_db.path());
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        Database impatient;
        OpenOptions options{m_db.path()};
        options.busyTimeoutMs = 100;
        // Open itself only reads, so it succeeds despite the lock.
        QVERIFY(impatient.open(options).ok);
        Transaction tx(impatient.connection());
        QCOMPARE(tx.begin().reason, QString(StoreReason::Busy));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(!tx.begin().isError());
    }

private:
    bool insert(const QString &key)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO kiosk_settings (key, value) VALUES (?, 'v')"));
        q.addBindValue(key);
        return q.exec();
    }
    int count()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM kiosk_settings")) && q.next() ? q.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
