#include "ReferenceSync.h"

#include "CoreClient.h"
#include "Database.h"
#include "FraudReference.h"
#include "SettingsRepository.h"
#include "SyncLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace branch {
namespace {

QString settingKey(const QString &name, const char *part)
{
    return QStringLiteral("reference.%1.%2").arg(name, QLatin1String(part));
}

QByteArray compact(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays; wrap anything else.
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

ReferenceSync::ReferenceSync(Database &db, CoreClient &core, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_core(core)
{
}

StoreResult<ReferenceCopy> ReferenceSync::held(Database &db, const QString &name)
{
    StoreResult<ReferenceCopy> result;
    result.value.name = name;
    SettingsRepository settings(db);
    const auto version = settings.value(settingKey(name, "version"));
    const auto etag = settings.value(settingKey(name, "etag"));
    const auto data = settings.value(settingKey(name, "data"));
    for (const StoreError &e : {version.error, etag.error, data.error}) {
        if (e.isError()) {
            result.error = e;
            return result;
        }
    }
    if (version.value) {
        result.value.version = version.value->toLongLong();
        result.value.etag = etag.value.value_or(QString());
        result.value.data = data.value.value_or(QString()).toUtf8();
    }
    return result;
}

StoreError ReferenceSync::store(const ReferenceCopy &copy)
{
    // Each setting commits on its own, so the order makes a crash harmless:
    // data first, the ETag last. Cut short, the old ETag still goes out,
    // core answers 200 and the copy is written again.
    SettingsRepository settings(m_db);
    if (StoreError e = settings.setValue(settingKey(copy.name, "data"), QString::fromUtf8(copy.data)); e.isError())
        return e;
    if (StoreError e = settings.setValue(settingKey(copy.name, "version"), QString::number(copy.version)); e.isError())
        return e;
    return settings.setValue(settingKey(copy.name, "etag"), copy.etag);
}

ReferenceOutcome ReferenceSync::pull(const QString &name)
{
    ReferenceOutcome outcome;
    outcome.name = name;
    const auto held = copy(name);
    if (!held.ok()) {
        outcome.result = QStringLiteral("failed");
        outcome.reason = held.error.reason;
        return outcome;
    }
    outcome.version = held.value.version;
    const ReferenceReply reply = m_core.fetchReference(name, held.value.etag);
    outcome.reached = reply.status != ReplyStatus::Transport && reply.status != ReplyStatus::Server;
    outcome.serverTime = reply.serverTime;
    if (reply.status == ReplyStatus::NotModified) {
        outcome.result = QStringLiteral("unchanged");
        return outcome;
    }
    if (reply.status != ReplyStatus::Ok) {
        qCWarning(lcSync) << "reference" << name << "not fetched:" << reply.reason << reply.detail;
        outcome.result = QStringLiteral("failed");
        outcome.reason = reply.reason;
        return outcome;
    }
    if (reply.version < held.value.version) {
        qCWarning(lcSync) << "reference" << name << "version" << reply.version << "is older than the"
                          << held.value.version << "held; kept ours";
        outcome.result = QStringLiteral("older_ignored");
        return outcome;
    }
    if (reply.version == held.value.version && reply.etag == held.value.etag) {
        outcome.result = QStringLiteral("unchanged");
        return outcome;
    }
    ReferenceCopy fresh{name, reply.version, reply.etag, compact(reply.data)};
    if (const QString refused = FraudReference::refusal(name, fresh.data); !refused.isEmpty()) {
        // The reason names a place in the file, never an entry of it.
        qCWarning(lcSync) << "reference" << name << "version" << reply.version << "refused, the last good copy stays:"
                          << refused;
        outcome.result = QStringLiteral("failed");
        outcome.reason = refused.section(u' ', 0, 0);
        return outcome;
    }
    if (const StoreError e = store(fresh); e.isError()) {
        outcome.result = QStringLiteral("failed");
        outcome.reason = e.reason;
        return outcome;
    }
    qCInfo(lcSync) << "reference" << name << "now at version" << reply.version;
    outcome.result = QStringLiteral("updated");
    outcome.version = reply.version;
    Q_EMIT referenceUpdated(name, reply.version);
    return outcome;
}

QList<ReferenceOutcome> ReferenceSync::pullAll()
{
    QList<ReferenceOutcome> outcomes;
    for (const QString &name : ReferenceName::all()) {
        outcomes.append(pull(name));
        if (!outcomes.constLast().reached)
            break;
    }
    return outcomes;
}

} // namespace branch
