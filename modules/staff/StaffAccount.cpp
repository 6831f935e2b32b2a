#include "StaffAccount.h"

#include <QRegularExpression>

#include <sodium.h>

namespace branch {

namespace {

struct RoleName
{
    StaffRole role;
    const char *name;
};

constexpr RoleName roleNames[] = {
    {StaffRole::Teller, "teller"},
    {StaffRole::Supervisor, "supervisor"},
    {StaffRole::BranchAdmin, "branch_admin"},
    {StaffRole::RemoteTeller, "remote_teller"},
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString StaffRoles::name(StaffRole role)
{
    for (const RoleName &r : roleNames) {
        if (r.role == role)
            return QString::fromLatin1(r.name);
    }
    return {};
}

std::optional<StaffRole> StaffRoles::parse(const QString &name)
{
    for (const RoleName &r : roleNames) {
        if (name == QLatin1String(r.name))
            return r.role;
    }
    return std::nullopt;
}

QStringList StaffRoles::names()
{
    QStringList out;
    for (const RoleName &r : roleNames)
        out.append(QString::fromLatin1(r.name));
    return out;
}

QString StaffRoles::displayName(StaffRole role)
{
    switch (role) {
    case StaffRole::Teller: return QCoreApplication::translate("branch::StaffRoles", "Teller");
    case StaffRole::Supervisor: return QCoreApplication::translate("branch::StaffRoles", "Supervisor");
    case StaffRole::BranchAdmin: return QCoreApplication::translate("branch::StaffRoles", "Branch administrator");
    case StaffRole::RemoteTeller: return QCoreApplication::translate("branch::StaffRoles", "Remote teller");
    }
    return {};
}

bool StaffSecrets::isStaffId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{0,31}$"));
    return shape.match(id).hasMatch();
}

QString StaffSecrets::policyReason(const QString &secret)
{
    for (const QChar c : secret) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("secret_invalid");
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const bool pin = digits.match(secret).hasMatch();
    if (secret.size() < (pin ? 6 : 8))
        return QStringLiteral("secret_too_short");
    if (secret.size() > 64)
        return QStringLiteral("secret_too_long");
    return {};
}

QByteArray StaffSecrets::hash(const QByteArray &secret)
{
    if (!sodiumReady())
        return {};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.constData(), quint64(secret.size()), StaffSecrets::OpsLimit,
                              StaffSecrets::MemLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {};
    }
    return QByteArray(out);
}

bool StaffSecrets::verify(const QByteArray &storedHash, const QByteArray &secret)
{
    if (!sodiumReady() || storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    // crypto_pwhash_str_verify wants a NUL-terminated string; QByteArray is.
    return crypto_pwhash_str_verify(storedHash.constData(), secret.constData(), quint64(secret.size())) == 0;
}

void StaffSecrets::verifyNothing(const QByteArray &secret)
{
    // A fixed hash of a random secret nobody knows, made once per process.
    static const QByteArray decoy = [] {
        QByteArray random(16, '\0');
        if (sodiumReady())
            randombytes_buf(random.data(), size_t(random.size()));
        return hash(random.toHex());
    }();
    (void)verify(decoy, secret);
}

} // namespace branch
