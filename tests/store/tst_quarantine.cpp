#include "Quarantine.h"
#include "StoreTestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

class TestQuarantine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_root.isValid());
        m_case = m_root.filePath(QString::number(++m_caseCount));
        QVERIFY(QDir().mkpath(m_case));
    }

    void movesFileAndSideFiles_data()
    {
        QTest::addColumn<QStringList>("suffixes");
        QTest::newRow("main only") << QStringList{QString()};
        QTest::newRow("with wal and shm") << QStringList{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
        QTest::newRow("with journal") << QStringList{QString(), QStringLiteral("-journal")};
        QTest::newRow("orphan wal") << QStringList{QStringLiteral("-wal")};
    }

    void movesFileAndSideFiles()
    {
        QFETCH(QStringList, suffixes);
        const QString path = file(QStringLiteral("k.db"));
        for (const QString &s : suffixes)
            QVERIFY(test::writeFile(path + s, (QStringLiteral("bytes of ") + s).toUtf8()));

        const QDateTime when(QDate(2024, 3, 5), QTime(7, 8, 9), Qt::UTC);
        const auto moved = Quarantine::moveAside(path, when);
        QVERIFY2(moved.ok(), qPrintable(moved.error.detail));
        QCOMPARE(moved.value, path + QStringLiteral(".corrupt-20240305T070809Z"));
        for (const QString &s : suffixes) {
            QVERIFY(!QFile::exists(path + s));
            QCOMPARE(test::readFile(moved.value + s), (QStringLiteral("bytes of ") + s).toUtf8());
        }
    }

    void neverOverwritesAnEarlierQuarantine()
    {
        const QString path = file(QStringLiteral("k.db"));
        const QDateTime when(QDate(2024, 3, 5), QTime(7, 8, 9), Qt::UTC);
        QStringList targets;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(test::writeFile(path, QByteArray::number(i)));
            const auto moved = Quarantine::moveAside(path, when);
            QVERIFY(moved.ok());
            QVERIFY(!targets.contains(moved.value));
            targets.append(moved.value);
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(test::readFile(targets.at(i)), QByteArray::number(i));
    }

    void skipsANameWhoseSideFileIsTaken()
    {
        const QString path = file(QStringLiteral("k.db"));
        QVERIFY(test::writeFile(path, "x"));
        QVERIFY(test::writeFile(path + QStringLiteral("-wal"), "w"));
        const QString first = path + QStringLiteral(".corrupt-20240305T070809Z");
        QVERIFY(test::writeFile(first + QStringLiteral("-wal"), "older"));

        const auto moved = Quarantine::moveAside(path, QDateTime(QDate(2024, 3, 5), QTime(7, 8, 9), Qt::UTC));
        QVERIFY(moved.ok());
        QCOMPARE(moved.value, first + QStringLiteral("-2"));
        QCOMPARE(test::readFile(first + QStringLiteral("-wal")), QByteArray("older"));
        QCOMPARE(test::readFile(moved.value), QByteArray("x"));
        QCOMPARE(test::readFile(moved.value + QStringLiteral("-wal")), QByteArray("w"));
    }

private:
    QString file(const QString &name) const { return QDir(m_case).filePath(name); }

    QTemporaryDir m_root;
    QString m_case;
    int m_caseCount = 0;
};

QTEST_GUILESS_MAIN(TestQuarantine)
#include "tst_quarantine.moc"
