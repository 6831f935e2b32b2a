#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace branch {

// A supervisor's authorization (授权, issue 13 section 4; docs/authorization.md):
// what core signs when a supervisor approves one transaction above its
// service's limit. The kiosk keeps it in the transaction; core checks it
// again when the transaction arrives, and uses each one once.
struct AuthorizationStatement
{
    QString id;           // 32 lower-case hex, made by core
    QString deviceId;     // the kiosk it was given to
    QString sessionId;    // the customer's visit at that kiosk
    QString serviceId;
    qint64 amountFen = 0; // what was approved, exactly
    QString currency;
    QString supervisorId;
    // Who entered the transaction: a staff id, or "customer" at self-service.
    // Dual control: never the supervisor.
    QString enteredBy;
    QDateTime issuedAt;  // core's clock, UTC, milliseconds
    QDateTime expiresAt; // the transaction must be made before this

    // Tagged and length-prefixed, so no statement shares its bytes with
    // another, nor with an audit anchor signed by the same key.
    QByteArray message() const;
    friend bool operator==(const AuthorizationStatement &, const AuthorizationStatement &) = default;
};

struct AuthorizationRecord
{
    AuthorizationStatement statement;
    QByteArray signature; // Ed25519, 64 bytes, by core's key

    QJsonObject toJson() const;
    // reason (when nullopt): authorization_malformed, or the first field that
    // breaks the contract as authorization_<field>_invalid.
    static std::optional<AuthorizationRecord> fromJson(const QJsonObject &object, QString *reason);
    bool verify(const QByteArray &publicKey) const;
};

namespace AuthorizationPolicy {
// Long enough for the customer to pay and sign after the supervisor leaves,
// short enough that an approval cannot wait for another day's customer.
inline constexpr int ValidMinutes = 10;
// A kiosk's clock may be this far behind core's when it stamps the transaction.
inline constexpr int ClockSkewSeconds = 300;
inline constexpr QLatin1String Customer{"customer"};
} // namespace AuthorizationPolicy

// Core's half: the signature over a statement with core's Ed25519 secret key
// (64 bytes, libsodium's layout). Empty if the key is not one.
QByteArray signAuthorization(const AuthorizationStatement &statement, const QByteArray &secretKey);

// What a transaction claims, checked against an authorization: the reason it
// does not cover it, or "". Used by the kiosk when core answers and by core
// when the transaction arrives.
struct AuthorizationClaim
{
    QString deviceId;
    QString sessionId; // empty: not checked (core does not see sessions)
    QString serviceId;
    qint64 amountFen = 0;
    QString currency;
    QDateTime at; // when the transaction was made
};

namespace AuthorizationCheck {
// authorization_forged (signature), authorization_mismatch (device, session,
// service or amount), authorization_same_person (dual control),
// authorization_expired (made before issue or after expiry), or "".
QString refusal(const AuthorizationRecord &record, const QByteArray &publicKey, const AuthorizationClaim &claim);
bool isAuthorizationId(const QString &id); // 32 lower-case hex
} // namespace AuthorizationCheck

} // namespace branch
