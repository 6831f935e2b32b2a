#include "Catalog.h"
#include "CatalogLoader.h"
#include "Categories.h"
#include "ServiceListModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using branch::ServiceListModel;

class tst_ServiceListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void listsCategory_data();
    void listsCategory();
    void namesFollowLocale();
    void homeTilesMatchCatalogCategories();

private:
    branch::Catalog m_catalog;
};

void tst_ServiceListModel::initTestCase()
{
    const branch::CatalogLoadResult loaded = branch::CatalogLoader::loadEmbedded();
    QVERIFY2(loaded.ok(), qPrintable(branch::issueLines(loaded.issues).join(QLatin1Char('\n'))));
    m_catalog = loaded.catalog;
}

void tst_ServiceListModel::passesModelTester()
{
    ServiceListModel model(&m_catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCategoryId(QStringLiteral("housing_fund"));
    model.refresh();
    model.setCategoryId(QStringLiteral("banking"));
    model.setCategoryId(QStringLiteral("kiosk_actions"));
    model.setCategoryId({});
}

void tst_ServiceListModel::listsCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::newRow("housing fund") << QStringLiteral("housing_fund") << 4 << QStringLiteral("hpf.balance_query");
    // The most used first (resources/catalog/usage.json), not by id: water
    // was last and off screen when sorted by id.
    QTest::newRow("banking") << QStringLiteral("banking") << 12 << QStringLiteral("bank.balance_inquiry");
    QTest::newRow("utilities") << QStringLiteral("utilities") << 7 << QStringLiteral("utility.water");
    // Kiosk actions are tiles of their own, never rows of a service list.
    QTest::newRow("actions") << QStringLiteral("kiosk_actions") << 0 << QString();
    QTest::newRow("unknown") << QStringLiteral("lottery") << 0 << QString();
}

void tst_ServiceListModel::listsCategory()
{
    QFETCH(QString, category);
    QFETCH(int, count);
    QFETCH(QString, first);
    ServiceListModel model(&m_catalog);
    QSignalSpy counted(&model, &ServiceListModel::countChanged);
    model.setCategoryId(category);
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(counted.size(), count > 0 ? 1 : 0);
    if (count > 0)
        QCOMPARE(model.index(0).data(ServiceListModel::IdRole).toString(), first);
}

void tst_ServiceListModel::namesFollowLocale()
{
    const QLocale saved;
    ServiceListModel model(&m_catalog);
    model.setCategoryId(QStringLiteral("housing_fund"));
    const QModelIndex row = model.match(model.index(0), ServiceListModel::IdRole,
                                        QStringLiteral("hpf.deposit_registration")).value(0);
    QVERIFY(row.isValid());
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QCOMPARE(row.data(ServiceListModel::NameRole).toString(), QStringLiteral("公积金缴存登记"));
    QSignalSpy changed(&model, &ServiceListModel::dataChanged);
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    model.refresh();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(row.data(ServiceListModel::NameRole).toString(), QStringLiteral("Housing fund deposit registration"));
    QVERIFY(row.data(ServiceListModel::NeedsFormRole).toBool());
    QLocale::setDefault(saved);
}

void tst_ServiceListModel::homeTilesMatchCatalogCategories()
{
    // Every catalog category with services has a home tile, and every
    // non-action tile is a catalog category: a mismatch would strand services.
    for (const branch::CategoryDefinition &category : m_catalog.categories()) {
        if (category.group == QLatin1String("actions"))
            continue;
        QVERIFY2(branch::categories::find(category.id), qPrintable(category.id));
    }
    for (const branch::CategoryInfo &tile : branch::categories::all()) {
        if (tile.group == branch::CategoryInfo::Group::Action)
            continue;
        QVERIFY2(m_catalog.category(QLatin1String(tile.id)), tile.id);
    }
}

QTEST_GUILESS_MAIN(tst_ServiceListModel)
#include "tst_servicelistmodel.moc"
