#pragma once

// The fleet (scripts/fleet: nginx in front of several branch-core processes on
// one PostgreSQL) with enrolled kiosks, for the fleet test and its benchmark.

#include "CoreHarness.h"
#include "OutboxRepository.h"

#include <QDir>
#include <QFile>

namespace branch::test {

class Fleet
{
public:
    explicit Fleet(const QString &dir)
        : m_dir(dir)
    {
    }
    ~Fleet() { stop(); }

    QString path(const QString &name) const { return QDir(m_dir).filePath(name); }
    QString url() const { return m_url; }
    QString conninfo() const { return m_conninfo; }
    QString ca() const { return path(QStringLiteral("fleet/pki/ca.pem")); }

    // Starts nginx and `cores` cores on free ports; core knows utility.electricity.
    bool start(int cores)
    {
        QDir().mkpath(path(QStringLiteral("reference")));
        QFile catalog(path(QStringLiteral("reference/catalog.json")));
        if (!catalog.open(QIODevice::WriteOnly))
            return false;
        catalog.write("{\"services\":[{\"id\":\"utility.electricity\"}]}");
        catalog.close();
        m_started = true;
        const ToolRun r = runProcess(script(), {QStringLiteral("start"), path(QStringLiteral("fleet")), QStringLiteral("--cores"),
                                             QString::number(cores), QStringLiteral("--port"), QStringLiteral("0"),
                                             QStringLiteral("--core-port"), QStringLiteral("0"),
                                             QStringLiteral("--reference-dir"), path(QStringLiteral("reference"))});
        if (r.exitCode != 0) {
            qWarning("fleet start: %s %s", r.out.constData(), r.err.constData());
            return false;
        }
        m_url = readLine(QStringLiteral("fleet/url"));
        m_conninfo = readLine(QStringLiteral("fleet/pg/conninfo"));
        return !m_url.isEmpty() && !m_conninfo.isEmpty();
    }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        const ToolRun r = runProcess(script(), {QStringLiteral("stop"), path(QStringLiteral("fleet"))});
        if (r.exitCode != 0)
            qWarning("fleet stop: %s", r.err.constData());
    }

    QString coreUrl(int core) const
    {
        return QStringLiteral("https://127.0.0.1:") + readLine(QStringLiteral("fleet/core-%1.port").arg(core));
    }
    qint64 pidOf(const QString &name) const { return readLine(QStringLiteral("fleet/%1.pid").arg(name)).toLongLong(); }
    QByteArray log(const QString &name) const
    {
        QFile f(path(QStringLiteral("fleet/%1.log").arg(name)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    ToolRun core(const QStringList &args) const
    {
        return runProcess(binary(QStringLiteral("branch-core")), args + QStringList{QStringLiteral("--postgres"), m_conninfo});
    }

    // Rows in core's table of keys (applied or not), straight from PostgreSQL.
    qint64 storedKeys() const
    {
        const ToolRun r = runProcess(QStringLiteral("psql"), {m_conninfo, QStringLiteral("-tAc"),
                                                          QStringLiteral("SELECT count(*) FROM applied_transactions")});
        return r.exitCode == 0 ? r.out.trimmed().toLongLong() : -1;
    }

    // Every applied transaction in core: key -> count.
    QHash<QString, int> exportedKeys(QString *error) const
    {
        return exportedKeysOf(core({QStringLiteral("export"), QStringLiteral("--json")}), error);
    }

private:
    QString script() const { return qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/scripts/fleet"); }
    QString readLine(const QString &name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

    QString m_dir;
    QString m_url;
    QString m_conninfo;
    bool m_started = false;
};

// One kiosk of the fleet: its own database, secrets and device id, enrolled
// through nginx, with `count` outbox entries seeded.
struct FleetKiosk
{
    QString deviceId;
    QString database;
    QString secrets;
    QStringList keys;

    // Enrols through nginx unless `enrolAt` names a core: nginx, like each
    // core, takes 5 enrolments a minute from one address.
    bool setUp(const Fleet &fleet, const QString &id, int count, int orderingKeys = 50, const QString &enrolAt = {})
    {
        deviceId = id;
        database = fleet.path(id + QStringLiteral(".db"));
        secrets = fleet.path(id + QStringLiteral("-secrets"));
        const ToolRun added = fleet.core({QStringLiteral("device"), QStringLiteral("add"), id, QStringLiteral("--json")});
        const QString code = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("enrolmentCode")).toString();
        if (added.exitCode != 0 || code.isEmpty()) {
            qWarning("device add: %s %s", added.out.constData(), added.err.constData());
            return false;
        }
        const ToolRun enrolled = runProcess(
            binary(QStringLiteral("branchctl")),
            {QStringLiteral("device"), QStringLiteral("enroll"), QStringLiteral("--core"), enrolAt.isEmpty() ? fleet.url() : enrolAt, QStringLiteral("--ca"),
             fleet.ca(), QStringLiteral("--device"), id, QStringLiteral("--code"), code, QStringLiteral("--database"), database,
             QStringLiteral("--dev-insecure-secrets"), secrets});
        if (enrolled.exitCode != 0) {
            qWarning("enroll: %s %s", enrolled.out.constData(), enrolled.err.constData());
            return false;
        }
        keys = seedKiosk(database, count, orderingKeys, QStringLiteral("utility.electricity"), id);
        return keys.size() == count;
    }

    QStringList relayArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--until-empty"),
                           QStringLiteral("--database"), database, QStringLiteral("--json"),
                           QStringLiteral("--dev-insecure-secrets"), secrets}
            + extra;
    }

    QHash<QString, qint64> outboxCounts() const
    {
        Database db;
        OpenOptions options;
        options.path = database;
        if (!db.open(options).ok)
            return {};
        return OutboxRepository(db).countByState().value;
    }
};

} // namespace branch::test
