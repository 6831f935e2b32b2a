#include "DamagedStore.h"
#include "Database.h"
#include "OutboxRepository.h"
#include "PaymentRepository.h"
#include "ReceiptEpoch.h"
#include "Salvage.h"
#include "SalvageReport.h"
#include "StoreTestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// After a quarantine, the writer's open salvages what the damaged file still
// holds into the new database (Salvage), and reports what it saved and lost.
class TestSalvage : public QObject
{
    Q_OBJECT

    QString path() const { return QDir(m_case).filePath(QStringLiteral("kiosk.db")); }

    struct Entry
    {
        QString key;
        QString state;
        qint64 id = 0;
        QByteArray payload;
    };

    // receipt number -> entry, read behind the store's back.
    static QHash<QString, Entry> entries(const QString &file)
    {
        QHash<QString, Entry> out;
        test::RawConnection raw(file);
        QSqlQuery q(raw.db());
        if (!q.exec(QStringLiteral("SELECT s.submission_no, o.idempotency_key, o.state, o.id, s.payload "
                                   "FROM outbox AS o JOIN submissions AS s ON s.id = o.submission_id")))
            return out;
        while (q.next())
            out.insert(q.value(0).toString(),
                       {q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toByteArray()});
        return out;
    }

    // Opens as the kiosk does; the damaged file goes aside and is salvaged.
    SalvageReport reopen(OpenResult *opened = nullptr)
    {
        Database db;
        const OpenResult result = db.open({path()});
        if (opened)
            *opened = result;
        const auto report = SalvageReports::find(db.connection(), result.salvageReportId);
        return report.value.value_or(SalvageReport{});
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_root.isValid());
        m_case = m_root.filePath(QString::number(++m_caseCount));
        QVERIFY(QDir().mkpath(m_case));
    }

    // One damaged leaf of the submissions table: every other entry is back
    // with its id, key, state and payload; the rest is counted as lost.
    void aDamagedLeafCostsOnlyItsRows()
    {
        const QStringList numbers = test::populatedKiosk(path(), 300, QStringLiteral("KIOSK01"), 500);
        QCOMPARE(numbers.size(), 300);
        {
            Database db;
            QVERIFY(db.open({path()}).ok);
            OutboxRepository outbox(db);
            QVERIFY(!outbox.markSent({1, 2, 3}).isError());
            QVERIFY(!outbox.markAcknowledged(1, QStringLiteral("core-1"), QDateTime::currentDateTimeUtc()).isError());
            QVERIFY(!outbox.markRejected(2, QStringLiteral("unknown_service"), QStringLiteral("no")).isError());
        }
        const QHash<QString, Entry> before = entries(path());
        const QList<qint64> leaves = test::pagesOf(path(), QStringLiteral("submissions"), QStringLiteral("leaf"));
        QVERIFY(leaves.size() > 10);
        QVERIFY(test::garblePage(path(), leaves.at(5)));
        const QByteArray damaged = test::readFile(path());

        OpenResult opened;
        const SalvageReport report = reopen(&opened);
        QVERIFY(opened.ok);
        QCOMPARE(opened.status.reason, QString(StoreReason::Quarantined));
        QVERIFY(opened.salvageReportId > 0);
        // The evidence is left exactly as it was found.
        QCOMPARE(test::readFile(opened.quarantinePath), damaged);
        QCOMPARE(report.quarantinePath, opened.quarantinePath);
        QCOMPARE(report.outcome, QString(SalvageOutcome::Partial));
        QVERIFY(!report.damage.isEmpty());

        const QHash<QString, Entry> after = entries(path());
        QVERIFY(after.size() > 250);
        QVERIFY(after.size() < 300);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QVERIFY2(before.contains(it.key()), qPrintable(it.key()));
            const Entry &was = before.value(it.key());
            QCOMPARE(it.value().key, was.key);
            QCOMPARE(it.value().state, was.state);
            QCOMPARE(it.value().id, was.id);
            QCOMPARE(it.value().payload, was.payload);
        }
        const qint64 lost = 300 - after.size();
        QCOMPARE(report.lost(SalvageKind::OutboxWaiting) + report.lost(SalvageKind::OutboxUnreadable), lost);
        QCOMPARE(report.saved(SalvageKind::OutboxWaiting), after.size() - 2);
        QCOMPARE(report.saved(SalvageKind::OutboxDelivered), 1);
        QCOMPARE(report.saved(SalvageKind::OutboxRefused), 1);
        QCOMPARE(report.saved(SalvageKind::Enrolment), 1);
        QCOMPARE(report.saved(SalvageKind::ReceiptDays), 1);

        // The new database counts in a new block: none of the old numbers again.
        Database db;
        QVERIFY(db.open({path()}).ok);
        QCOMPARE(*report.receiptBlock, 1);
        QCOMPARE(ReceiptEpochs::current(db.connection()).value->block, 1);
        QCOMPARE(*SettingsRepository(db).value(QStringLiteral("sync.core_url")).value,
                 QStringLiteral("https://127.0.0.1:8443"));
    }

    // A damaged interior page of the outbox: the entries beneath it are
    // unreachable; their submissions are still read, and named for follow-up.
    void aDamagedInteriorPageIsCountedAndNamed()
    {
        const QStringList numbers = test::populatedKiosk(path(), 400);
        QCOMPARE(numbers.size(), 400);
        const QList<qint64> interior = test::pagesOf(path(), QStringLiteral("outbox"), QStringLiteral("internal"));
        QVERIFY(!interior.isEmpty());
        QVERIFY(test::garblePage(path(), interior.constFirst()));

        const SalvageReport report = reopen();
        QCOMPARE(report.outcome, QString(SalvageOutcome::Partial));
        const QHash<QString, Entry> after = entries(path());
        QVERIFY(after.size() < 400);
        QCOMPARE(report.saved(SalvageKind::OutboxWaiting), after.size());
        QCOMPARE(qint64(report.lostReceipts.size()), 400 - after.size());
        for (const QString &number : report.lostReceipts) {
            QVERIFY2(numbers.contains(number), qPrintable(number));
            QVERIFY(!after.contains(number));
        }
    }

    // A signature that spans overflow pages, the first of them damaged: that
    // row is lost whole, never saved with a cut-off signature.
    void aTornOverflowRowIsNotSavedCut()
    {
        QCOMPARE(test::populatedKiosk(path(), 6, QStringLiteral("KIOSK01"), 20000).size(), 6);
        const QList<qint64> chains =
            test::pagesOf(path(), QStringLiteral("submissions"), QStringLiteral("overflow"), true);
        QCOMPARE(chains.size(), 6);
        QVERIFY(test::garblePage(path(), chains.at(2)));
        const SalvageReport report = reopen();
        test::RawConnection raw(path());
        const QStringList rows = raw.rows(QStringLiteral("SELECT id, signature_png FROM submissions ORDER BY id"));
        QCOMPARE(rows.size(), 5);
        for (const QString &row : rows) {
            const int i = row.section(u'|', 0, 0).toInt() - 1;
            QCOMPARE(row.section(u'|', 1), QString(20000, QChar(u'A' + i % 26)));
        }
        QCOMPARE(report.lost(SalvageKind::OutboxWaiting), 1);
        QCOMPARE(report.outcome, QString(SalvageOutcome::Partial));
    }

    // Nothing SQLite can read: the report says so, the new database works.
    void anUnreadableFileGivesAFailedReport()
    {
        QVERIFY(test::writeFile(path(), QByteArray("not a database\n").repeated(400)));
        OpenResult opened;
        const SalvageReport report = reopen(&opened);
        QVERIFY(opened.ok);
        QCOMPARE(report.outcome, QString(SalvageOutcome::Failed));
        QCOMPARE(report.totalLost(), 0);
        QVERIFY(!report.quarantinePath.isEmpty());
    }

    // Nothing was damaged after all but the file was set aside (here: by the
    // test): everything comes back, and the report says nothing was lost.
    void anIntactCopyIsSavedWhole()
    {
        QCOMPARE(test::populatedKiosk(path(), 20).size(), 20);
        // An unknown payment: only its key lets the kiosk ask core what became of it.
        const QString paymentKey(32, u'a');
        {
            Database kiosk;
            QVERIFY(kiosk.open({path()}).ok);
            PaymentRepository payments(kiosk);
            PaymentRow row;
            row.key = paymentKey;
            row.reference = QStringLiteral("ELEC-1");
            row.amount = Money(12'345);
            row.maskedPan = QStringLiteral("6222 **** **** 0015");
            row.createdMs = row.updatedMs = 1;
            QVERIFY(!payments.recordIntent(row).isError());
            QVERIFY(!payments.move(paymentKey, PaymentState::Unknown, QStringLiteral("payment_timeout"), {}, 2).isError());
        }
        const QHash<QString, Entry> before = entries(path());
        const QString aside = path() + QStringLiteral(".corrupt-test");
        QVERIFY(QFile::rename(path(), aside));
        Database db;
        QVERIFY(db.open({path()}).ok);
        const auto epoch = ReceiptEpochs::current(db.connection()).value;
        const auto salvaged = Salvage::run(db.connection(), aside, QStringLiteral("test"), epoch);
        QVERIFY(salvaged.ok());
        QCOMPARE(salvaged.value.outcome, QString(SalvageOutcome::Complete));
        QCOMPARE(salvaged.value.saved(SalvageKind::OutboxWaiting), 20);
        QCOMPARE(salvaged.value.saved(SalvageKind::Payments), 1);
        QCOMPARE(salvaged.value.lost(SalvageKind::Payments), 0);
        const auto payment = PaymentRepository(db).find(paymentKey);
        QVERIFY(payment.ok() && payment.value.has_value());
        QCOMPARE(payment.value->state, PaymentState::Unknown);
        QCOMPARE(payment.value->amount.fen(), 12'345);
        QCOMPARE(PaymentRepository(db).unresolved().value.size(), 1);
        db.close();
        QCOMPARE(entries(path()).keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(entries(path()).value(it.key()).key, it.value().key);
    }

private:
    QTemporaryDir m_root;
    QString m_case;
    int m_caseCount = 0;
};

QTEST_GUILESS_MAIN(TestSalvage)
#include "tst_salvage.moc"
