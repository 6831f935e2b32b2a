#include "SalvageReport.h"
#include "SalvageReportModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using branch::SalvageItem;
using branch::SalvageReport;
using branch::SalvageReportModel;

// The staff page's account of a salvage: which rows it shows and the wording
// of each, decided in C++ (the page only presents it).
class tst_SalvageReportModel : public QObject
{
    Q_OBJECT

    static SalvageReport report(const QList<SalvageItem> &items, const QStringList &lost = {},
                                const QString &outcome = QStringLiteral("partial"))
    {
        SalvageReport r;
        r.id = 1;
        r.createdAt = QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
        r.quarantinePath = QStringLiteral("/var/lib/branchsuite/branch.db.corrupt-20261204T093000Z");
        r.outcome = outcome;
        r.receiptEpoch = 2;
        r.receiptBlock = 1;
        r.items = items;
        r.lostReceipts = lost;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void emptyWithoutAReport()
    {
        SalvageReportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.available());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.notice().isEmpty());
        QVERIFY(model.summary().isEmpty());
    }

    void rowsForWhatWasSavedOrLost()
    {
        SalvageReportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &SalvageReportModel::changed);
        const SalvageReport r = report({{QStringLiteral("outbox_waiting"), 12, 1},
                                        {QStringLiteral("outbox_refused"), 0, 0},
                                        {QStringLiteral("data_keys"), 2, 0},
                                        {QStringLiteral("enrolment"), 1, 0}},
                                       {QStringLiteral("KIOSK01-20261204-000015K")});
        model.setReport(&r);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.available());
        QCOMPARE(model.rowCount(), 3); // nothing saved or lost: no row
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(SalvageReportModel::KindRole).toString(), QStringLiteral("outbox_waiting"));
        QCOMPARE(first.data(SalvageReportModel::TextRole).toString(),
                 QStringLiteral("Requests waiting for core: 12 saved, 1 lost"));
        QCOMPARE(first.data(SalvageReportModel::LossRole).toBool(), true);
        QCOMPARE(model.index(2).data(SalvageReportModel::TextRole).toString(),
                 QStringLiteral("Enrolment with core: 1 saved"));
        QVERIFY(model.anythingLost());
        QVERIFY(model.notice().contains(QStringLiteral("Not everything could be saved")));
        QCOMPARE(model.receiptText(),
                 QStringLiteral("Receipt numbers continue from 100001 each day, so no number is ever issued twice."));
        QVERIFY(model.keptAt().endsWith(r.quarantinePath));
        QCOMPARE(model.followUps().size(), 1);
        // The number a customer holds is masked, as everywhere staff see one.
        QVERIFY(!model.followUps().constFirst().contains(QStringLiteral("KIOSK01-20261204-000015K")));
        QVERIFY(model.followUps().constFirst().contains(QStringLiteral("015K")));
    }

    void nothingLostSaysSo()
    {
        SalvageReportModel model;
        const SalvageReport r = report({{QStringLiteral("outbox_waiting"), 3, 0}}, {}, QStringLiteral("complete"));
        model.setReport(&r);
        QVERIFY(!model.anythingLost());
        QVERIFY(model.notice().contains(QStringLiteral("Everything in it was saved")));
    }

    void aFailedSalvageCountsAsLoss()
    {
        SalvageReportModel model;
        SalvageReport r = report({}, {}, QStringLiteral("failed"));
        r.receiptBlock.reset();
        model.setReport(&r);
        QVERIFY(model.anythingLost());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.summary().startsWith(QStringLiteral("Nothing could be read")));
        QVERIFY(model.receiptText().startsWith(QStringLiteral("No new receipt numbers")));
    }
};

QTEST_GUILESS_MAIN(tst_SalvageReportModel)
#include "tst_salvagereportmodel.moc"
