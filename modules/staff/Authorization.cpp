#include "Authorization.h"

#include "StaffAccount.h"

#include <QtEndian>

#include <sodium.h>

namespace branch {
namespace {

constexpr QByteArrayView kTag = "branchsuite authorization v1";

void appendField(QByteArray *out, const QByteArray &field)
{
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    out->append(length, 4);
    out->append(field);
}

const auto *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool isHex(const QString &text, qsizetype size)
{
    if (text.size() != size)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Ids the statement names: printable, bounded, so a forged record cannot
// carry a log line or a megabyte.
bool isPlainId(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QDateTime readTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (!text.endsWith(u'Z'))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

QByteArray AuthorizationStatement::message() const
{
    QByteArray out(kTag.data(), kTag.size());
    for (const QString &field : {id, deviceId, sessionId, serviceId, QString::number(amountFen), currency, supervisorId,
                                 enteredBy, iso(issuedAt), iso(expiresAt)})
        appendField(&out, field.toUtf8());
    return out;
}

QJsonObject AuthorizationRecord::toJson() const
{
    const AuthorizationStatement &s = statement;
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("deviceId"), s.deviceId},
            {QStringLiteral("sessionId"), s.sessionId},
            {QStringLiteral("serviceId"), s.serviceId},
            {QStringLiteral("amountFen"), s.amountFen},
            {QStringLiteral("currency"), s.currency},
            {QStringLiteral("supervisorId"), s.supervisorId},
            {QStringLiteral("enteredBy"), s.enteredBy},
            {QStringLiteral("issuedAt"), iso(s.issuedAt)},
            {QStringLiteral("expiresAt"), iso(s.expiresAt)},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toHex())}};
}

std::optional<AuthorizationRecord> AuthorizationRecord::fromJson(const QJsonObject &o, QString *reason)
{
    auto fail = [reason](const char *field) {
        *reason = QStringLiteral("authorization_%1_invalid").arg(QLatin1String(field));
        return std::nullopt;
    };
    static const QStringList keys{QStringLiteral("id"),           QStringLiteral("deviceId"),
                                  QStringLiteral("sessionId"),    QStringLiteral("serviceId"),
                                  QStringLiteral("amountFen"),    QStringLiteral("currency"),
                                  QStringLiteral("supervisorId"), QStringLiteral("enteredBy"),
                                  QStringLiteral("issuedAt"),     QStringLiteral("expiresAt"),
                                  QStringLiteral("signature")};
    if (o.size() != keys.size()) {
        *reason = QStringLiteral("authorization_malformed");
        return std::nullopt;
    }
    for (const QString &key : keys) {
        if (!o.contains(key)) {
            *reason = QStringLiteral("authorization_malformed");
            return std::nullopt;
        }
    }
    AuthorizationRecord r;
    AuthorizationStatement &s = r.statement;
    s.id = o.value(QStringLiteral("id")).toString();
    if (!AuthorizationCheck::isAuthorizationId(s.id))
        return fail("id");
    s.deviceId = o.value(QStringLiteral("deviceId")).toString();
    if (!isPlainId(s.deviceId))
        return fail("device_id");
    s.sessionId = o.value(QStringLiteral("sessionId")).toString();
    if (!isPlainId(s.sessionId))
        return fail("session_id");
    s.serviceId = o.value(QStringLiteral("serviceId")).toString();
    if (!isPlainId(s.serviceId))
        return fail("service_id");
    // A whole number of fen that a double holds exactly.
    const double fen = o.value(QStringLiteral("amountFen")).toDouble(-1);
    if (!o.value(QStringLiteral("amountFen")).isDouble() || fen < 0 || fen > 1e15 || fen != double(qint64(fen)))
        return fail("amount");
    s.amountFen = qint64(fen);
    s.currency = o.value(QStringLiteral("currency")).toString();
    if (s.currency != u"CNY")
        return fail("currency");
    s.supervisorId = o.value(QStringLiteral("supervisorId")).toString();
    if (!StaffSecrets::isStaffId(s.supervisorId))
        return fail("supervisor_id");
    s.enteredBy = o.value(QStringLiteral("enteredBy")).toString();
    if (s.enteredBy != AuthorizationPolicy::Customer && !StaffSecrets::isStaffId(s.enteredBy))
        return fail("entered_by");
    s.issuedAt = readTime(o.value(QStringLiteral("issuedAt")));
    if (!s.issuedAt.isValid())
        return fail("issued_at");
    s.expiresAt = readTime(o.value(QStringLiteral("expiresAt")));
    if (!s.expiresAt.isValid() || s.expiresAt <= s.issuedAt)
        return fail("expires_at");
    const QString signature = o.value(QStringLiteral("signature")).toString();
    if (!isHex(signature, 2 * crypto_sign_BYTES))
        return fail("signature");
    r.signature = QByteArray::fromHex(signature.toLatin1());
    reason->clear();
    return r;
}

bool AuthorizationRecord::verify(const QByteArray &publicKey) const
{
    if (sodium_init() < 0 || publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    const QByteArray message = statement.message();
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(publicKey))
        == 0;
}

QByteArray signAuthorization(const AuthorizationStatement &statement, const QByteArray &secretKey)
{
    if (sodium_init() < 0 || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    const QByteArray message = statement.message();
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(message),
                         quint64(message.size()), bytes(secretKey));
    return signature;
}

namespace AuthorizationCheck {

bool isAuthorizationId(const QString &id)
{
    return isHex(id, 32);
}

QString refusal(const AuthorizationRecord &record, const QByteArray &publicKey, const AuthorizationClaim &claim)
{
    const AuthorizationStatement &s = record.statement;
    if (!record.verify(publicKey))
        return QStringLiteral("authorization_forged");
    if (s.deviceId != claim.deviceId || (!claim.sessionId.isEmpty() && s.sessionId != claim.sessionId)
        || s.serviceId != claim.serviceId || s.amountFen != claim.amountFen || s.currency != claim.currency)
        return QStringLiteral("authorization_mismatch");
    // Core signs only what passes dual control; a record that fails it was
    // not made by core's rules.
    if (s.supervisorId == s.enteredBy)
        return QStringLiteral("authorization_same_person");
    if (claim.at < s.issuedAt.addSecs(-AuthorizationPolicy::ClockSkewSeconds)
        || claim.at > s.expiresAt.addSecs(AuthorizationPolicy::ClockSkewSeconds))
        return QStringLiteral("authorization_expired");
    return {};
}

} // namespace AuthorizationCheck
} // namespace branch
