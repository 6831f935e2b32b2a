#include "DatabasePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

// branchctl's default database is the kiosk's: the same rule as
// CommandLine::defaultDatabasePath, worked out under the kiosk's names.
class TestDatabasePath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheKiosk();
};

void TestDatabasePath::matchesTheKiosk()
{
    qputenv("XDG_DATA_HOME", QByteArrayLiteral("/tmp/branch-datapath-test"));
    QCoreApplication::setOrganizationName(QStringLiteral("BranchSuite"));
    QCoreApplication::setApplicationName(QStringLiteral("branchsuite"));
    const QString kiosk = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                              .filePath(QStringLiteral("branchsuite.sqlite"));
    // branchctl runs under its own names; the answer must not change with them.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("branchctl"));
    QCOMPARE(branch::kioskDatabasePath(), kiosk);
    QCOMPARE(kiosk, QStringLiteral("/tmp/branch-datapath-test/BranchSuite/branchsuite/branchsuite.sqlite"));
}

QTEST_GUILESS_MAIN(TestDatabasePath)
#include "tst_databasepath.moc"
