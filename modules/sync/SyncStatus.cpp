#include "SyncStatus.h"

#include "SettingsRepository.h"

namespace branch {
namespace {

const QString kOnline = QStringLiteral("sync.online");
const QString kLastSuccess = QStringLiteral("sync.last_success_at");
const QString kSkew = QStringLiteral("sync.clock_skew_ms");
const QString kSkewed = QStringLiteral("sync.clock_skewed");
const QString kLastError = QStringLiteral("sync.last_error");
const QString kCoreUrl = QStringLiteral("sync.core_url");
const QString kCaFile = QStringLiteral("sync.ca_file");

} // namespace

StoreResult<SyncStatus> SyncStatus::load(Database &db)
{
    StoreResult<SyncStatus> result;
    const SettingsRepository settings(db);
    auto read = [&](const QString &key) {
        const auto v = settings.value(key);
        if (!v.ok() && !result.error.isError())
            result.error = v.error;
        return v.value.value_or(QString());
    };
    result.value.online = read(kOnline) == QLatin1String("1");
    result.value.lastSuccess = QDateTime::fromString(read(kLastSuccess), Qt::ISODateWithMs);
    result.value.clockSkewMs = read(kSkew).toLongLong();
    result.value.clockSkewed = read(kSkewed) == QLatin1String("1");
    result.value.lastError = read(kLastError);
    return result;
}

StoreError SyncStatus::save(Database &db) const
{
    SettingsRepository settings(db);
    const QList<QPair<QString, QString>> rows{
        {kOnline, online ? QStringLiteral("1") : QStringLiteral("0")},
        {kLastSuccess, lastSuccess.isValid() ? lastSuccess.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {kSkew, QString::number(clockSkewMs)},
        {kSkewed, clockSkewed ? QStringLiteral("1") : QStringLiteral("0")},
        {kLastError, lastError},
    };
    for (const auto &[key, value] : rows) {
        // A null QString binds as SQL NULL, which the settings table refuses;
        // "nothing yet" is stored as the empty text.
        if (StoreError e = settings.setValue(key, value.isNull() ? QStringLiteral("") : value); e.isError())
            return e;
    }
    return {};
}

StoreResult<CoreSettings> CoreSettings::load(Database &db)
{
    StoreResult<CoreSettings> result;
    const SettingsRepository settings(db);
    const auto url = settings.value(kCoreUrl);
    const auto ca = settings.value(kCaFile);
    result.error = url.ok() ? ca.error : url.error;
    result.value.url = url.value.value_or(QString());
    result.value.caFile = ca.value.value_or(QString());
    return result;
}

StoreError CoreSettings::save(Database &db) const
{
    SettingsRepository settings(db);
    if (StoreError e = settings.setValue(kCoreUrl, url); e.isError())
        return e;
    return settings.setValue(kCaFile, caFile);
}

} // namespace branch
