#pragma once

// Runs the real programs for the end-to-end and drain tests: scripts/dev-pki,
// branch-core, branch-fault-proxy and branchctl, all from this build tree.
// A running branch-core on loopback, shared by the sync, coreserver, ui
// tests and the sync benchmark.

#include "Clock.h"
#include "CoreClient.h"
#include "Database.h"
#include "IdempotencyKeySource.h"
#include "PayloadCodec.h"
#include "ProcessRunner.h"
#include "SubmissionRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTest>

namespace branch::test {

inline QString binary(const QString &name)
{
    return builtProgram(name);
}

using ToolRun = ProcessRun;

// `branch-core export --json`'s lines as key -> how often it was applied.
inline QHash<QString, int> exportedKeysOf(const ToolRun &r, QString *error)
{
    QHash<QString, int> keys;
    if (r.exitCode != 0) {
        *error = QString::fromUtf8(r.err);
        return keys;
    }
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QString key = QJsonDocument::fromJson(line).object().value(QStringLiteral("key")).toString();
        if (key.isEmpty())
            *error = QStringLiteral("export line without a key");
        ++keys[key];
    }
    return keys;
}

// Exactly once, counted: keys core never applied, applied more than once, or never sent.
struct KeyTally
{
    int missing = 0;
    int duplicated = 0;
    int unknown = 0;
};

inline KeyTally tallyKeys(const QHash<QString, int> &exported, const QSet<QString> &seeded)
{
    KeyTally t;
    for (auto it = exported.cbegin(); it != exported.cend(); ++it) {
        if (!seeded.contains(it.key()))
            ++t.unknown;
        else if (it.value() != 1)
            ++t.duplicated;
    }
    for (const QString &key : seeded)
        t.missing += exported.contains(key) ? 0 : 1;
    return t;
}

// Starts a long-running program and waits for the line that names its port.
class Server
{
public:
    ~Server() { stop(); }

    quint16 start(const QString &program, const QStringList &args, const QRegularExpression &portLine)
    {
        m_out.clear();
        // Logs go to a file: an unread pipe fills up and blocks the server.
        m_log.close();
        m_log.open();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(m_log.fileName());
        m_process.start(program, args);
        if (!m_process.waitForStarted())
            return 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            m_out += m_process.readAllStandardOutput();
            const auto match = portLine.match(QString::fromUtf8(m_out));
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
        }
        qWarning("%s did not start: %s", qPrintable(program), m_log.readAll().right(2000).constData());
        return 0;
    }

    // SIGTERM, then what it wrote to stderr.
    QByteArray stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
        if (!m_log.isOpen())
            return {};
        m_log.seek(0);
        return m_log.readAll();
    }

private:
    QProcess m_process;
    QTemporaryFile m_log;
    QByteArray m_out;
};

// A development PKI, a core database, a kiosk database and an enrolled device in one temp dir.
class CoreRig
{
public:
    explicit CoreRig(const QString &dir)
        : m_dir(dir)
    {
    }

    QString path(const QString &name) const { return QDir(m_dir).filePath(name); }
    QString kioskDb() const { return path(QStringLiteral("kiosk.db")); }
    QString coreDb() const { return path(QStringLiteral("core.db")); }
    QString secrets() const { return path(QStringLiteral("secrets")); }
    QString ca() const { return path(QStringLiteral("pki/ca.pem")); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

    // Core stores into a new, empty database on the PostgreSQL server that
    // `conninfo` reaches (the test's fixture), instead of a SQLite file.
    bool usePostgres(const QString &conninfo)
    {
        static int rigs = 0;
        const QString name = QStringLiteral("rig_%1_%2").arg(QCoreApplication::applicationPid()).arg(++rigs);
        const ToolRun r = runProcess(QStringLiteral("psql"), {conninfo, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                          QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(name)});
        if (r.exitCode != 0) {
            qWarning("psql: %s", r.err.constData());
            return false;
        }
        m_postgres = conninfo;
        m_postgres.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=") + name);
        return m_postgres.contains(name);
    }
    // Kiosk secrets (device credential, certificate and key, key-encryption
    // key) in the system keychain, as on a real kiosk, instead of the
    // development directory.
    void useKeychain() { m_keychain = true; }
    QStringList secretArgs() const
    {
        return m_keychain ? QStringList{} : QStringList{QStringLiteral("--dev-insecure-secrets"), secrets()};
    }

    QStringList storeArgs() const
    {
        return m_postgres.isEmpty() ? QStringList{QStringLiteral("--database"), coreDb()}
                                    : QStringList{QStringLiteral("--postgres"), m_postgres};
    }

    bool makePki(const QStringList &extra = {})
    {
        const ToolRun r = runProcess(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/scripts/dev-pki"),
                                  QStringList{path(QStringLiteral("pki"))} + extra);
        if (r.exitCode != 0)
            qWarning("dev-pki: %s", r.err.constData());
        return r.exitCode == 0;
    }

    // Core knows these services; anything else it rejects as unknown_service.
    void setReferenceServices(const QStringList &ids) { m_services = ids; }
    bool startCore(const QString &cert = QStringLiteral("core"), const QStringList &extraArgs = {})
    {
        QDir().mkpath(path(QStringLiteral("reference")));
        QFile catalog(path(QStringLiteral("reference/catalog.json")));
        if (!catalog.open(QIODevice::WriteOnly))
            return false;
        QJsonArray services;
        for (const QString &id : m_services)
            services.append(QJsonObject{{QStringLiteral("id"), id}});
        catalog.write(QJsonDocument(QJsonObject{{QStringLiteral("services"), services}}).toJson(QJsonDocument::Compact));
        catalog.close();
        const QStringList args = QStringList{QStringLiteral("serve"), QStringLiteral("--cert"),
                                             path(QStringLiteral("pki/%1.pem").arg(cert)), QStringLiteral("--key"),
                                             path(QStringLiteral("pki/%1.key").arg(cert)), QStringLiteral("--listen"),
                                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--reference-dir"),
                                             path(QStringLiteral("reference"))}
                                 + deviceCaArgs() + storeArgs() + extraArgs;
        m_port = m_core.start(binary(QStringLiteral("branch-core")), args,
                              QRegularExpression(QStringLiteral("listening on https://[^:]+:(\\d+)")));
        return m_port != 0;
    }
    QByteArray stopCore() { return m_core.stop(); }

    // The device CA core issues kiosks' client certificates with.
    QStringList deviceCaArgs() const
    {
        return {QStringLiteral("--device-ca"), path(QStringLiteral("pki/device-ca.pem")), QStringLiteral("--device-ca-key"),
                path(QStringLiteral("pki/device-ca.key"))};
    }

    ToolRun core(const QStringList &args)
    {
        return runProcess(binary(QStringLiteral("branch-core")), args + storeArgs());
    }

    ToolRun branchctl(const QStringList &args, int timeoutMs = 120000)
    {
        return runProcess(binary(QStringLiteral("branchctl")), args, {timeoutMs, {}, {}});
    }

    // Adds the device in core and enrols the kiosk with the code, as staff
    // would. A second kiosk gets its own `kioskDatabase` and secrets
    // (`secretArgsOverride`, e.g. --dev-insecure-secrets DIR).
    bool enrol(const QString &deviceId = QStringLiteral("K001"), const QString &kioskDatabase = {},
               const QStringList &secretArgsOverride = {})
    {
        const ToolRun added = core({QStringLiteral("device"), QStringLiteral("add"), deviceId, QStringLiteral("--json")});
        const QString code = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("enrolmentCode")).toString();
        if (added.exitCode != 0 || code.isEmpty()) {
            qWarning("device add: %s %s", added.out.constData(), added.err.constData());
            return false;
        }
        const QStringList args = QStringList{QStringLiteral("device"), QStringLiteral("enroll"), QStringLiteral("--core"),
                                             url(), QStringLiteral("--ca"), ca(), QStringLiteral("--device"), deviceId,
                                             QStringLiteral("--code"), code, QStringLiteral("--database"),
                                             kioskDatabase.isEmpty() ? kioskDb() : kioskDatabase}
                                 + (secretArgsOverride.isEmpty() ? secretArgs() : secretArgsOverride);
        const ToolRun enrolled = branchctl(args);
        if (enrolled.exitCode != 0)
            qWarning("enroll: %s %s", enrolled.out.constData(), enrolled.err.constData());
        return enrolled.exitCode == 0;
    }

    QStringList syncArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--database"), kioskDb(),
                           QStringLiteral("--json")}
            + secretArgs() + extra;
    }

    // Every applied transaction in core: key -> count.
    QHash<QString, int> exportedKeys(QString *error)
    {
        return exportedKeysOf(core({QStringLiteral("export"), QStringLiteral("--json")}), error);
    }

private:
    QString m_dir;
    QString m_postgres; // conninfo; empty: SQLite
    bool m_keychain = false;
    QStringList m_services{QStringLiteral("utility.electricity"), QStringLiteral("card.report_loss")};
    Server m_core;
    quint16 m_port = 0;
};

// Writes n submissions with their outbox entries as the kiosk does; returns their keys.
inline QStringList seedKiosk(const QString &path, int n, int orderingKeys,
                             const QString &serviceId = QStringLiteral("utility.electricity"),
                             const QString &kioskCode = QStringLiteral("K001"))
{
    Database db;
    OpenOptions options;
    options.path = path;
    if (!db.open(options).ok)
        return {};
    // Seeding is set-up, not what is tested: skip the per-commit fsync the
    // kiosk's synchronous=FULL would do, or 10,000 rows take minutes here.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const SystemClock clock;
    const PlainPayloadCodec codec;
    RandomKeySource keySource;
    SubmissionSettings settings;
    settings.kioskCode = kioskCode;
    SubmissionRepository repo(db, clock, codec, keySource, settings);
    QStringList keys;
    for (int i = 0; i < n; ++i) {
        SubmissionRequest r;
        r.serviceId = serviceId;
        r.sessionId = QStringLiteral("seed-%1").arg(i);
        r.orderingKey = QStringLiteral("cust-%1").arg(i % orderingKeys);
        r.fields = QJsonObject{{QStringLiteral("account"), QStringLiteral("6222%1").arg(i, 8, 10, QChar(u'0'))}};
        r.amount = Money(1000 + i);
        const auto stored = repo.submit(r);
        if (!stored.ok())
            return {};
        keys.append(stored.value.idempotencyKey);
    }
    return keys;
}

// For reading stored reference copies without a core.
class FakeCoreForCopy final : public CoreClient
{
public:
    BatchReply sendBatch(const QList<CoreTransaction> &) override { return {}; }
    LookupReply lookup(const QString &) override { return {}; }
    ReferenceReply fetchReference(const QString &, const QString &) override { return {}; }
    EnrollReply enroll(const QString &, const QString &, const QByteArray &) override { return {}; }
    CoreReply fetchTime() override { return {}; }
    AnchorReply latestAnchor() override { return {}; }
    AnchorReply anchor(const AnchorRequest &) override { return {}; }
};

} // namespace branch::test
