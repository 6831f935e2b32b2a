#include "StaffCache.h"

#include "PayloadCodec.h"
#include "SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace branch {

StaffCache::~StaffCache() = default;

namespace {

QByteArray contextOf(const QString &staffId)
{
    return QByteArrayLiteral("staff_cache:") + staffId.toUtf8();
}

} // namespace

QString SealedStaffCache::settingKey(const QString &staffId)
{
    return QStringLiteral("staff.cache.") + staffId;
}

std::optional<CachedStaff> SealedStaffCache::load(const QString &staffId) const
{
    const StoreResult<std::optional<QString>> stored = SettingsRepository(m_db).value(settingKey(staffId));
    if (!stored.ok() || !stored.value)
        return std::nullopt;
    const StoreResult<QByteArray> plain =
        m_codec.decode(QByteArray::fromBase64(stored.value->toLatin1()), contextOf(staffId));
    if (!plain.ok())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(plain.value).object();
    CachedStaff entry;
    entry.member.id = staffId;
    entry.member.name = o.value(QStringLiteral("name")).toString();
    const std::optional<StaffRole> role = StaffRoles::parse(o.value(QStringLiteral("role")).toString());
    entry.member.branch = o.value(QStringLiteral("branch")).toString();
    entry.verifier = o.value(QStringLiteral("verifier")).toString().toLatin1();
    entry.expiresAt = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QStringLiteral("expires_ms")).toDouble()), Qt::UTC);
    entry.failures = o.value(QStringLiteral("failures")).toInt();
    if (!role || entry.verifier.isEmpty())
        return std::nullopt;
    entry.member.role = *role;
    return entry;
}

bool SealedStaffCache::save(const CachedStaff &entry)
{
    const QJsonObject o{{QStringLiteral("name"), entry.member.name},
                        {QStringLiteral("role"), StaffRoles::name(entry.member.role)},
                        {QStringLiteral("branch"), entry.member.branch},
                        {QStringLiteral("verifier"), QString::fromLatin1(entry.verifier)},
                        {QStringLiteral("expires_ms"), double(entry.expiresAt.toMSecsSinceEpoch())},
                        {QStringLiteral("failures"), entry.failures}};
    QByteArray plain = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const StoreResult<QByteArray> sealed = m_codec.encode(plain, contextOf(entry.member.id));
    plain.fill('\0');
    if (!sealed.ok())
        return false;
    return !SettingsRepository(m_db)
                .setValue(settingKey(entry.member.id), QString::fromLatin1(sealed.value.toBase64()))
                .isError();
}

void SealedStaffCache::remove(const QString &staffId)
{
    (void)SettingsRepository(m_db).remove(settingKey(staffId));
}

} // namespace branch
