// branch-core's command line as a process: exit codes (serve's TLS and
// device CA options among them), device add/revoke, purge limits and the
// export --json lines.
#include "CoreProcess.h"
#include "CoreRules.h"
#include "CoreTestData.h"
#include "SqliteCoreStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using namespace coretest;

class TestCoreCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("core.db")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makePki(m_dir.filePath(QStringLiteral("pki"))));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("reason");
        const QString d = db();
        QTest::newRow("no command") << QStringList{} << 2 << QByteArray();
        QTest::newRow("help") << QStringList{QStringLiteral("help")} << 0 << QByteArray();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QByteArray("(unknown_command)");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("purge"), QStringLiteral("--now")} << 2 << QByteArray("(unknown_option)");
        QTest::newRow("bad device id") << QStringList{QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("k-1"), QStringLiteral("--database"), d} << 2 << QByteArray("(device_id_invalid)");
        QTest::newRow("revoke unknown") << QStringList{QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("K404"), QStringLiteral("--database"), d} << 1 << QByteArray("(unknown_device)");
        QTest::newRow("short retention") << QStringList{QStringLiteral("purge"), QStringLiteral("--retention-days"), QStringLiteral("6"), QStringLiteral("--database"), d} << 2 << QByteArray("(retention_too_short)");
        QTest::newRow("purge") << QStringList{QStringLiteral("purge"), QStringLiteral("--database"), d} << 0 << QByteArray();
        QTest::newRow("clock offset not a number") << QStringList{QStringLiteral("serve"), QStringLiteral("--cert"), QStringLiteral("c.pem"), QStringLiteral("--key"), QStringLiteral("c.key"), QStringLiteral("--device-ca"), QStringLiteral("d.pem"), QStringLiteral("--device-ca-key"), QStringLiteral("d.key"), QStringLiteral("--database"), d, QStringLiteral("--clock-offset-seconds"), QStringLiteral("soon")} << 2 << QByteArray("(clock_offset_invalid)");
        QTest::newRow("clock offset over a year") << QStringList{QStringLiteral("serve"), QStringLiteral("--cert"), QStringLiteral("c.pem"), QStringLiteral("--key"), QStringLiteral("c.key"), QStringLiteral("--device-ca"), QStringLiteral("d.pem"), QStringLiteral("--device-ca-key"), QStringLiteral("d.key"), QStringLiteral("--database"), d, QStringLiteral("--clock-offset-seconds"), QStringLiteral("40000000")} << 2 << QByteArray("(clock_offset_invalid)");
        QTest::newRow("export needs --json") << QStringList{QStringLiteral("export"), QStringLiteral("--database"), d} << 2 << QByteArray("(bad_arguments)");
        QTest::newRow("both stores") << QStringList{QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--database"), d, QStringLiteral("--postgres"), QStringLiteral("host=/x")} << 2 << QByteArray("(conflicting_options)");
        QTest::newRow("postgres down") << QStringList{QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--postgres"), QStringLiteral("host=%1 port=1 dbname=x").arg(m_dir.path())} << 3 << QByteArray("(unavailable)");
        QTest::newRow("serve without tls") << QStringList{QStringLiteral("serve"), QStringLiteral("--database"), d} << 2 << QByteArray("(tls_required)");
        const QStringList tls = tlsArgs(m_dir.filePath(QStringLiteral("pki")));
        const QStringList listen{QStringLiteral("serve"), QStringLiteral("--database"), d, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        QTest::newRow("serve missing cert") << listen + QStringList{QStringLiteral("--cert"), QStringLiteral("/nonexistent.pem"), QStringLiteral("--key"), QStringLiteral("/nonexistent.key"), QStringLiteral("--device-ca"), QStringLiteral("d.pem"), QStringLiteral("--device-ca-key"), QStringLiteral("d.key")} << 3 << QByteArray();
        // Mutual TLS: no core serves without a device CA it can use.
        QTest::newRow("serve without device CA") << listen + tls.mid(0, 4) << 2 << QByteArray("(device_ca_required)");
        QTest::newRow("device CA unreadable") << listen + tls.mid(0, 4) + QStringList{QStringLiteral("--device-ca"), QStringLiteral("/nonexistent.pem"), QStringLiteral("--device-ca-key"), QStringLiteral("/nonexistent.key")} << 3 << QByteArray("/nonexistent.pem");
        QTest::newRow("device CA not a CA") << listen + tls.mid(0, 4) + QStringList{QStringLiteral("--device-ca"), m_dir.filePath(QStringLiteral("pki/core.pem")), QStringLiteral("--device-ca-key"), m_dir.filePath(QStringLiteral("pki/core.key"))} << 3 << QByteArray("(device_ca_invalid)");
        QTest::newRow("device CA with another key") << listen + tls.mid(0, 6) + QStringList{QStringLiteral("--device-ca-key"), m_dir.filePath(QStringLiteral("pki/ca.key"))} << 3 << QByteArray("(device_ca_key_mismatch)");
        QTest::newRow("device cert days 0") << listen + tls + QStringList{QStringLiteral("--device-cert-days"), QStringLiteral("0")} << 2 << QByteArray("(device_cert_days_invalid)");
        QTest::newRow("trusted proxy unreadable") << listen + tls + QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("/nonexistent.pem")} << 3 << QByteArray("/nonexistent.pem");
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, reason);
        const Run run = runCore(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(reason), run.err.constData());
    }

    void deviceAddPrintsACode()
    {
        const Run run = runCore({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("K7"), QStringLiteral("--database"), db()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QRegularExpression(QStringLiteral("[2-9A-Z]{4}(-[2-9A-Z]{4}){3}")).match(QString::fromUtf8(run.out)).hasMatch());
        QCOMPARE(runCore({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("K7"), QStringLiteral("--database"), db()}).exitCode, 0);
    }

    void exportListsAppliedOnly()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString exportDb = m_dir.filePath(QStringLiteral("export.db"));
        {
            SqliteCoreStore store(exportDb);
            QVERIFY(store.open().ok());
            const CoreRules rules({QStringLiteral("utility.water")});
            QJsonObject noAmount = txObject(randomKey(), 2);
            noAmount.insert(QStringLiteral("amount"), QJsonValue::Null);
            const QList<CoreTransaction> batch = {tx(txObject(randomKey(), 1, QStringLiteral("utility.water"), 2500)),
                                                  tx(noAmount),
                                                  tx(txObject(randomKey(), 3, QStringLiteral("no.such")))};
            QList<CoreResult> results;
            QVERIFY(store.applyBatch(QStringLiteral("K001"), batch, now,
                                     [&](const CoreTransaction &t) { return rules.decide(QStringLiteral("K001"), t, now); },
                                     &results).ok());
        }
        const Run run = runCore({QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--database"), exportDb});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QStringList fields = {QStringLiteral("amount"), QStringLiteral("appliedAt"), QStringLiteral("coreRef"),
                                    QStringLiteral("deviceId"), QStringLiteral("key"), QStringLiteral("receiptNo"),
                                    QStringLiteral("sequence"), QStringLiteral("serviceId")};
        QList<qint64> sequences;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.keys(), fields); // and never the payload
            QCOMPARE(o.value(QStringLiteral("deviceId")).toString(), QStringLiteral("K001"));
            QVERIFY(o.value(QStringLiteral("coreRef")).toString().startsWith(u"CR"));
            sequences.append(o.value(QStringLiteral("sequence")).toInteger());
            if (o.value(QStringLiteral("sequence")).toInteger() == 1) {
                QCOMPARE(o.value(QStringLiteral("amount")).toObject().value(QStringLiteral("fen")).toInteger(), 2500);
                QCOMPARE(o.value(QStringLiteral("amount")).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
            } else {
                QVERIFY(o.value(QStringLiteral("amount")).isNull());
            }
        }
        std::sort(sequences.begin(), sequences.end());
        QCOMPARE(sequences, (QList<qint64>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestCoreCli)
#include "tst_corecli.moc"
