#include "CategoryModel.h"
#include "MarkerTranslator.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using branch::CategoryModel;

class tst_CategoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester();
    void groups_data();
    void groups();
    void namesFollowLanguage();
    void roleNamesForQml();
};

void tst_CategoryModel::passesModelTester()
{
    CategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroup(QStringLiteral("livelihood"));
    model.setGroup(QStringLiteral("banking"));
    model.setLanguage(QStringLiteral("en"));
    model.setGroup({});
}

void tst_CategoryModel::groups_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstId");
    // "Take a ticket" and "Call staff" do not work on this kiosk: no tiles.
    // "Scan my code" (e-Tongban) does.
    QTest::newRow("all") << QString() << 14 << QStringLiteral("housing_fund");
    QTest::newRow("livelihood") << QStringLiteral("livelihood") << 12 << QStringLiteral("housing_fund");
    QTest::newRow("banking") << QStringLiteral("banking") << 1 << QStringLiteral("banking");
    QTest::newRow("actions") << QStringLiteral("action") << 1 << QStringLiteral("scan_prefill");
    QTest::newRow("unknown") << QStringLiteral("nope") << 0 << QString();
}

void tst_CategoryModel::groups()
{
    QFETCH(QString, group);
    QFETCH(int, count);
    QFETCH(QString, firstId);
    CategoryModel model;
    QSignalSpy countSpy(&model, &CategoryModel::countChanged);
    model.setGroup(group);
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(countSpy.isEmpty(), count == 14);
    if (count > 0) {
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(CategoryModel::IdRole).toString(), firstId);
        for (int row = 0; row < count; ++row) {
            const QModelIndex idx = model.index(row);
            QVERIFY(!idx.data(CategoryModel::NameRole).toString().isEmpty());
            QVERIFY(idx.data(CategoryModel::AccentRole).toString().startsWith(u'#'));
            // A pictogram of its own, bundled in the binary.
            const QString icon = idx.data(CategoryModel::IconRole).toString();
            QVERIFY2(icon.startsWith(QStringLiteral("qrc:/BranchSuite/Icons/")), qPrintable(icon));
            QVERIFY2(QFile::exists(icon.mid(3)), qPrintable(icon));
            for (int other = 0; other < row; ++other)
                QVERIFY(model.index(other).data(CategoryModel::IconRole).toString() != icon);
            if (!group.isEmpty())
                QCOMPARE(idx.data(CategoryModel::GroupRole).toString(), group);
        }
    }
}

void tst_CategoryModel::namesFollowLanguage()
{
    CategoryModel model;
    model.setLanguage(QStringLiteral("zh_CN"));
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(CategoryModel::NameRole).toString(), QStringLiteral("Housing fund"));

    MarkerTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    QSignalSpy changed(&model, &CategoryModel::dataChanged);
    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), model.rowCount() - 1);
    QCOMPARE(first.data(CategoryModel::NameRole).toString(), QStringLiteral("en_US:Housing fund"));
    QCOMPARE(first.data(Qt::DisplayRole), first.data(CategoryModel::NameRole));

    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(changed.size(), 1); // same language: nothing to refresh
    QCoreApplication::removeTranslator(&marker);
}

void tst_CategoryModel::roleNamesForQml()
{
    const CategoryModel model;
    const auto roles = model.roleNames();
    QCOMPARE(roles.value(CategoryModel::IdRole), QByteArray("categoryId"));
    QCOMPARE(roles.value(CategoryModel::NameRole), QByteArray("name"));
    QCOMPARE(roles.value(CategoryModel::AccentRole), QByteArray("accent"));
    QCOMPARE(roles.value(CategoryModel::IconRole), QByteArray("icon"));
}

QTEST_GUILESS_MAIN(tst_CategoryModel)
#include "tst_categorymodel.moc"
