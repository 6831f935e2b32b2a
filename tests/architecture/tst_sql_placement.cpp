#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// SQL lives in store's repositories and in coreserver, nowhere else
// (README): every other module reaches its tables through store.
class TestSqlPlacement : public QObject
{
    Q_OBJECT

private:
    static QString modulesDir() { return qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/modules"); }

    // Files of `module` that run SQL of their own.
    static QStringList filesWithSql(const QString &module)
    {
        static const QRegularExpression sql(
            QStringLiteral("\\bQSqlQuery\\b|\"\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|PRAGMA)\\s"));
        QStringList found;
        QDirIterator it(modulesDir() + u'/' + module, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && sql.match(QString::fromUtf8(file.readAll())).hasMatch())
                found << QDir(modulesDir()).relativeFilePath(file.fileName());
        }
        return found;
    }

private Q_SLOTS:
    void noSqlOutsideStore_data()
    {
        QTest::addColumn<QString>("module");
        const QStringList modules = QDir(modulesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(modules.contains(QStringLiteral("store")));
        for (const QString &module : modules) {
            if (module != QLatin1String("store") && module != QLatin1String("coreserver"))
                QTest::newRow(qPrintable(module)) << module;
        }
    }

    void noSqlOutsideStore()
    {
        QFETCH(QString, module);
        const QStringList found = filesWithSql(module);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    }

    // The scan finds SQL where there is some.
    void theScanSeesSql()
    {
        QVERIFY(!filesWithSql(QStringLiteral("store")).isEmpty());
        QVERIFY(!filesWithSql(QStringLiteral("coreserver")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlPlacement)
#include "tst_sql_placement.moc"
