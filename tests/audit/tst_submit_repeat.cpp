#include "../cli/InProcess.h"

#include <QJsonDocument>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// `branchctl submit` of one valid transfer, a few hundred times in-process,
// each with its own random session id: every run is stored. With the old
// personal-data guess about 4 in 300 were refused.
class TestSubmitRepeat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRunIsStored()
    {
        const QString root = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                                               : QDir::tempPath();
        QTemporaryDir dir(root + QStringLiteral("/branch-repeat-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString data = inprocess::writeFile(QDir(dir.path()), QStringLiteral("transfer.json"),
                                                  inprocess::json(inprocess::transfer()));
        const QStringList args{QStringLiteral("submit"),       QStringLiteral("bank.transfer"),
                               QStringLiteral("--data"),       data,
                               QStringLiteral("--database"),   dir.filePath(QStringLiteral("kiosk.sqlite")),
                               QStringLiteral("--dev-insecure-secrets"), dir.filePath(QStringLiteral("secrets")),
                               QStringLiteral("--json")};
        QSet<QString> receipts;
        QStringList refused;
        constexpr int runs = 300;
        for (int i = 0; i < runs; ++i) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSECURE")));
            const inprocess::Run run = inprocess::branchctl(args);
            if (run.code != 0) {
                refused << run.err.trimmed();
                continue;
            }
            receipts.insert(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("receipt")).toString());
        }
        QVERIFY2(refused.isEmpty(), qPrintable(QString::number(refused.size()) + u' ' + refused.value(0)));
        QCOMPARE(receipts.size(), runs);
        const inprocess::Run verify = inprocess::branchctl(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
             dir.filePath(QStringLiteral("kiosk.sqlite")), QStringLiteral("--dev-insecure-secrets"),
             dir.filePath(QStringLiteral("secrets")), QStringLiteral("--json")});
        QCOMPARE(verify.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestSubmitRepeat)
#include "tst_submit_repeat.moc"
