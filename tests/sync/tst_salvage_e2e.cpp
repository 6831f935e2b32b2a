#include "CoreHarness.h"
#include "DamagedStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace branch;

// Issue 10, findings 4 and 5, as an operator meets them: `branchctl submit`
// against a real branch-core, a page of the kiosk database overwritten, then
// the read-only commands, more submissions and delivery. Core must end up
// with every request exactly once and no receipt number twice, with the
// enrolment carried over (no --core given).
class TestSalvageEndToEnd : public QObject
{
    Q_OBJECT

    QString m_data;

    QString submit(test::CoreRig &rig, QByteArray *err = nullptr)
    {
        const test::ToolRun run = rig.branchctl(QStringList{QStringLiteral("submit"), QStringLiteral("bank.transfer"),
                                                            QStringLiteral("--data"), m_data, QStringLiteral("--database"),
                                                            rig.kioskDb(), QStringLiteral("--kiosk-code"),
                                                            QStringLiteral("K001"), QStringLiteral("--json")}
                                                + rig.secretArgs());
        if (err)
            *err = run.err;
        if (run.exitCode != 0) {
            qWarning("submit: %s", run.err.constData());
            return {};
        }
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("receipt")).toString();
    }

    static QJsonObject lastJson(const QByteArray &out)
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false")); }

    void damagedKioskDatabaseNeverCostsCoreAnything()
    {
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        rig.setReferenceServices({QStringLiteral("bank.transfer")});
        QVERIFY(rig.makePki());
        QVERIFY(rig.startCore());
        QVERIFY(rig.enrol());
        const QString card = QStringLiteral("6222021234567890128");
        QFile data(dir.filePath(QStringLiteral("transfer.json")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QJsonDocument(QJsonObject{{QStringLiteral("payee_name"), QStringLiteral("张三")},
                                             {QStringLiteral("payee_card"), card},
                                             {QStringLiteral("payee_card_confirm"), card},
                                             {QStringLiteral("payee_bank"), QStringLiteral("this_bank")},
                                             {QStringLiteral("amount"), 12345},
                                             {QStringLiteral("purpose"), QStringLiteral("family")},
                                             {QStringLiteral("anti_fraud"), true}})
                       .toJson());
        data.close();
        m_data = data.fileName();

        QStringList receipts;
        for (int i = 0; i < 5; ++i)
            receipts.append(submit(rig));
        const test::ToolRun first = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty")}));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(lastJson(first.out).value(QStringLiteral("acknowledged")).toInt(), 5);
        for (int i = 0; i < 10; ++i)
            receipts.append(submit(rig));
        QVERIFY(!receipts.contains(QString()));

        // A page of the audit log overwritten: damage the store must not hide.
        const QList<qint64> audit = test::pagesOf(rig.kioskDb(), QStringLiteral("audit_log"), QStringLiteral("leaf"));
        QVERIFY(!audit.isEmpty());
        QVERIFY(test::garblePage(rig.kioskDb(), audit.constLast()));
        const auto damaged = test::folderSnapshot(dir.path());
        for (const QString &command : {QStringLiteral("sync status"), QStringLiteral("audit verify"),
                                       QStringLiteral("outbox list")}) {
            const test::ToolRun read = rig.branchctl(command.split(u' ')
                                                     + QStringList{QStringLiteral("--database"), rig.kioskDb(),
                                                                   QStringLiteral("--json")});
            QCOMPARE(read.exitCode, 3);
            QVERIFY2(read.err.contains("(database_damaged)"), read.err.constData());
            QCOMPARE(test::folderSnapshot(dir.path()), damaged);
        }

        // The next submit sets the file aside, salvages it, and numbers on in a new block.
        QByteArray err;
        const QString afterDamage = submit(rig, &err);
        QVERIFY2(afterDamage.startsWith(QStringLiteral("K001-")), err.constData());
        QVERIFY2(err.contains("store salvage-report"), err.constData());
        QCOMPARE(afterDamage.mid(13, 7), QStringLiteral("-100001"));
        receipts.append(afterDamage);
        for (int i = 0; i < 3; ++i)
            receipts.append(submit(rig));

        const test::ToolRun report = rig.branchctl({QStringLiteral("store"), QStringLiteral("salvage-report"),
                                                    QStringLiteral("--database"), rig.kioskDb(), QStringLiteral("--json")});
        QCOMPARE(report.exitCode, 0);
        const QJsonObject salvage = lastJson(report.out);
        QCOMPARE(salvage.value(QStringLiteral("audited")).toBool(), true);
        for (const QJsonValue &item : salvage.value(QStringLiteral("items")).toArray()) {
            QCOMPARE(item[QStringLiteral("lost")].toInteger(), 0);
            if (item[QStringLiteral("kind")] == QStringLiteral("outbox_waiting"))
                QCOMPARE(item[QStringLiteral("saved")].toInteger(), 10);
            if (item[QStringLiteral("kind")] == QStringLiteral("outbox_delivered"))
                QCOMPARE(item[QStringLiteral("saved")].toInteger(), 5);
        }

        // Delivery as enrolled: no --core, no --ca.
        const test::ToolRun second = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty")}));
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(lastJson(second.out).value(QStringLiteral("acknowledged")).toInt(), 14);
        QCOMPARE(lastJson(second.out).value(QStringLiteral("rejected")).toInt(), 0);

        const test::ToolRun exported = rig.core({QStringLiteral("export"), QStringLiteral("--json")});
        QCOMPARE(exported.exitCode, 0);
        QSet<QString> keys;
        QStringList applied;
        for (const QByteArray &line : exported.out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            QVERIFY2(!keys.contains(row.value(QStringLiteral("key")).toString()), line.constData());
            keys.insert(row.value(QStringLiteral("key")).toString());
            applied.append(row.value(QStringLiteral("receiptNo")).toString());
        }
        QCOMPARE(applied.size(), 19);
        QCOMPARE(QSet<QString>(applied.cbegin(), applied.cend()).size(), 19);
        std::sort(applied.begin(), applied.end());
        std::sort(receipts.begin(), receipts.end());
        QCOMPARE(applied, receipts);
    }
};

QTEST_GUILESS_MAIN(TestSalvageEndToEnd)
#include "tst_salvage_e2e.moc"
