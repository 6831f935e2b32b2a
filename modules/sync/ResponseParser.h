#pragma once

#include "CoreMessages.h"

#include <QByteArray>
#include <QStringList>

namespace branch {

// Reasons a response from core is refused. Stable snake_case; logged, and the
// entries concerned stay where they were (pending or sent).
namespace ResponseReason {
inline constexpr QLatin1String Oversized{"response_oversized"};
inline constexpr QLatin1String Truncated{"response_truncated"};
inline constexpr QLatin1String Malformed{"response_malformed"};
inline constexpr QLatin1String ServerTime{"response_server_time_invalid"};
inline constexpr QLatin1String CountMismatch{"response_result_count_mismatch"};
inline constexpr QLatin1String KeyMismatch{"response_result_key_mismatch"};
inline constexpr QLatin1String InvalidResult{"response_result_invalid"};
inline constexpr QLatin1String WrongName{"response_wrong_name"};
inline constexpr QLatin1String InvalidSecret{"response_invalid_secret"};
inline constexpr QLatin1String InvalidAnchor{"response_anchor_invalid"};
inline constexpr QLatin1String InvalidCertificate{"response_invalid_certificate"};
} // namespace ResponseReason

// Strict reading of core's JSON bodies. Pure functions of the bytes, so the
// fuzzer drives them directly. Every function returns status Ok with the
// fields filled, or BadResponse with a ResponseReason and a detail that
// names the part at fault (never a value from a payload).
class ResponseParser
{
public:
    // Bodies past this are refused unread: a batch of 500 results is ~150 KiB.
    static constexpr qsizetype DefaultMaxBytes = 4 << 20;

    explicit ResponseParser(qsizetype maxBytes = DefaultMaxBytes);

    // 200 of POST /v1/transactions/batch: one result per key, same order.
    BatchReply parseBatch(const QByteArray &body, const QStringList &requestKeys) const;
    // 200 of GET /v1/transactions/{key}.
    LookupReply parseLookup(const QByteArray &body, const QString &expectedKey) const;
    // 200 of GET /v1/reference/{name}.
    ReferenceReply parseReference(const QByteArray &body, const QString &expectedName) const;
    // 201 of POST /v1/devices/enroll.
    EnrollReply parseEnroll(const QByteArray &body, const QString &expectedDeviceId) const;
    // 200 of GET /v1/audit/anchors/latest and 201/200 of POST /v1/audit/anchors:
    // the signed anchor, field by field (the caller checks the signature).
    AnchorReply parseAnchor(const QByteArray &body) const;
    // An error body {"error":..,"message":..}; lenient, as it only explains a status.
    static QString errorCode(const QByteArray &body);

    static bool isValidKey(const QString &key);
    static bool isReasonCode(const QString &reason);

private:
    bool readObject(const QByteArray &body, QJsonObject *object, CoreReply *reply) const;
    static bool readServerTime(const QJsonObject &object, bool required, CoreReply *reply);
    static bool readResult(const QJsonObject &object, CoreResult *result, QString *detail);
    static bool readFlag(const QJsonValue &value, AnchorReply *reply, QString *detail);

    qsizetype m_maxBytes;
};

} // namespace branch
