#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <optional>

namespace branch {

// The four kinds of staff issue 13 names. Stored and sent by name().
enum class StaffRole { Teller, Supervisor, BranchAdmin, RemoteTeller };

namespace StaffRoles {
QString name(StaffRole role); // "teller", "supervisor", "branch_admin", "remote_teller"
std::optional<StaffRole> parse(const QString &name);
QString displayName(StaffRole role); // translated, for the staff page
QStringList names();
} // namespace StaffRoles

// A signed-in staff member as core describes them: nothing secret.
struct StaffMember
{
    QString id;     // AuditValueKind::StaffId shape: "S1024"
    QString name;
    StaffRole role = StaffRole::Teller;
    QString branch;

    friend bool operator==(const StaffMember &, const StaffMember &) = default;
};

// Staff ids, secrets and their Argon2id hashes (libsodium crypto_pwhash_str).
namespace StaffSecrets {
// A letter, then up to 31 letters, digits, '.', '_' or '-' (the audit log's shape).
bool isStaffId(const QString &id);
// "" when acceptable; else secret_too_short (a PIN under 6 digits, a password
// under 8 characters), secret_too_long (over 64) or secret_invalid (control
// characters). A PIN is all digits.
QString policyReason(const QString &secret);
// Argon2id with OWASP's parameters: 19 MiB, 2 passes, 1 lane. Measured here
// at 17 ms a hash, against 96 ms for libsodium's "interactive" 64 MiB, which
// would spend the whole 100 ms sign-in budget on one of the two hashes a
// sign-in makes (core's check, the kiosk's verifier). The parameters travel in
// each string, so stronger ones later still verify the old (docs/staff.md).
inline constexpr unsigned long long OpsLimit = 2;
inline constexpr size_t MemLimitBytes = size_t(19) * 1024 * 1024;
// "$argon2id$v=19$m=19456,t=2,p=1$..."; empty if libsodium could not allocate.
QByteArray hash(const QByteArray &secret);
bool verify(const QByteArray &storedHash, const QByteArray &secret);
// Costs what verify() costs, for an id core does not know: an unknown id
// answers as slowly as a wrong secret.
void verifyNothing(const QByteArray &secret);
} // namespace StaffSecrets

// Lockout and re-authentication (docs/staff.md; PCI DSS v4 8.3.4 and 8.2.8).
namespace StaffPolicy {
inline constexpr int LockAfterFailures = 5;
inline constexpr int IdleMinutes = 15;
inline constexpr int OfflineDays = 7;
} // namespace StaffPolicy

} // namespace branch
