#pragma once

#include "StaffAccount.h"

#include <QDateTime>

#include <optional>

namespace branch {

class Database;
class PayloadCodec;

// What the kiosk keeps of a member who signed in against core, for the day
// core cannot be reached: the kiosk's own Argon2id verifier of the secret
// (never core's hash), until `expiresAt`, and the wrong secrets typed here
// offline since.
struct CachedStaff
{
    StaffMember member;
    QByteArray verifier; // StaffSecrets::hash of the secret, made on this kiosk
    QDateTime expiresAt;
    int failures = 0;
};

class StaffCache
{
public:
    virtual ~StaffCache();
    // nullopt when none is kept, or it cannot be opened (then it is as if none).
    virtual std::optional<CachedStaff> load(const QString &staffId) const = 0;
    virtual bool save(const CachedStaff &entry) = 0;
    virtual void remove(const QString &staffId) = 0;
};

// StaffCache in the kiosk's settings table, each entry sealed whole by the
// kiosk's codec (the name, role, verifier, expiry and count together), bound
// to the staff id so an entry copied under another id does not open.
class SealedStaffCache final : public StaffCache
{
public:
    SealedStaffCache(Database &db, const PayloadCodec &codec) : m_db(db), m_codec(codec) {}

    std::optional<CachedStaff> load(const QString &staffId) const override;
    bool save(const CachedStaff &entry) override;
    void remove(const QString &staffId) override;

    static QString settingKey(const QString &staffId);

private:
    Database &m_db;
    const PayloadCodec &m_codec;
};

} // namespace branch
