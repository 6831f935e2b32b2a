#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace branch {

class Money;

namespace AuditReason {
inline constexpr QLatin1String UnknownDetail{"unknown_audit_detail"};
inline constexpr QLatin1String InvalidDetail{"invalid_audit_detail"};
} // namespace AuditReason

// The kinds of value an audit detail may hold. Each has a strict shape, and
// none of them can hold a customer's name, ID, phone or card number.
enum class AuditValueKind {
    ServiceId, // a catalog id: "utility.electricity"
    SessionId, // a UUID, optionally after a lower-case word and '-': "branchctl-<uuid>"
    RowId,     // an outbox entry, a data key: 1 .. MaxInteger
    DeviceId,  // a kiosk's id: an upper-case letter, then up to 11 letters and digits
    ReceiptNumber, // parses with its check character (ReceiptNumber::parse)
    Code,      // a reason, outcome or action code: [a-z][a-z_]{0,63}
    Fen,       // an amount in minor units: 0 .. MaxInteger
    Currency,  // ISO 4217: "CNY"
    Count,     // 0 .. MaxInteger
    RowIds,    // a list of row ids, at most MaxListSize
    Flag,      // true or false
    Timestamp, // UTC, "yyyy-MM-ddTHH:mm:ss.zzzZ"
    StaffId,   // a letter, then up to 31 letters, digits, '.', '_' or '-'
    Codes,     // a list of Code values, at most MaxListSize
};

// The details of one audit event: an allow-list of keys, each with its kind.
// A value that does not fit its kind, or a key not on the list, makes the
// details invalid, and AuditLog::append refuses them: nothing guesses whether
// free text is personal. Build them with the setters:
//   AuditDetails().service(id).session(session).reason(code)
class AuditDetails
{
public:
    // Integers stop at ten digits: no count, row id or kiosk amount comes
    // near it, and mobile, resident ID and card numbers are all longer.
    static constexpr qint64 MaxInteger = 9'999'999'999;
    static constexpr qsizetype MaxListSize = 64;

    AuditDetails &service(const QString &serviceId);
    AuditDetails &session(const QString &sessionId);
    AuditDetails &outbox(qint64 entryId);
    AuditDetails &device(const QString &deviceId);
    AuditDetails &receipt(const QString &receiptNumber);
    AuditDetails &reason(const QString &code);
    AuditDetails &outcome(const QString &code);
    AuditDetails &action(const QString &code);
    AuditDetails &rotated(const QString &code);
    AuditDetails &amount(const Money &money); // amount_fen and currency
    AuditDetails &attempts(qint64 count);
    AuditDetails &rowsResealed(qint64 count);
    AuditDetails &keyId(qint64 id);
    AuditDetails &kekId(qint64 id);
    AuditDetails &retiredKeys(const QList<qint64> &ids);
    AuditDetails &resumed(bool flag);
    AuditDetails &at(const QDateTime &time);
    AuditDetails &staff(const QString &staffId);
    // The anti-fraud rules that matched (FraudCheck's hit codes).
    AuditDetails &fraudHits(const QStringList &codes);

    // Any key by name, checked against its kind as the setters check.
    AuditDetails &set(const QString &key, const QJsonValue &value);
    static AuditDetails fromJson(const QJsonObject &object);

    bool isValid() const { return m_problemReason.isEmpty(); }
    // The first problem: a reason code (AuditReason) and the key at fault,
    // never the value.
    QString problemReason() const { return m_problemReason; }
    QString problemKey() const { return m_problemKey; }
    const QJsonObject &toJson() const { return m_values; }

    // The allow-list.
    static std::optional<AuditValueKind> kindOf(const QString &key);
    static QStringList knownKeys();
    static bool fits(AuditValueKind kind, const QJsonValue &value);
    static bool isCode(const QString &text);

private:
    QJsonObject m_values;
    QString m_problemReason;
    QString m_problemKey;
};

// Who acted: "kiosk", "sync", "branchctl" or "staff", alone or with an id
// after a colon ("staff:S1024", "branchctl:admin"); the id has the StaffId shape.
namespace AuditActor {
inline constexpr QLatin1String Kiosk{"kiosk"};
inline constexpr QLatin1String Sync{"sync"};
inline constexpr QLatin1String Branchctl{"branchctl"};
inline constexpr QLatin1String Staff{"staff"};
QString staff(const QString &staffId);
bool isValid(const QString &actor);
} // namespace AuditActor

// What an event is about: a receipt number, a row id ("42"), or a word and a
// row id ("data_key:2", "kek:1"). Never a customer's value.
namespace AuditSubject {
QString rowId(qint64 id);
QString named(const QString &word, qint64 id);
bool isValid(const QString &subject);
} // namespace AuditSubject

} // namespace branch
