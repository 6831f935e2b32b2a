#pragma once

#include "AnchorStatement.h"
#include "Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace branch {

// One transaction as the kiosk sends it to core (see docs/api and the
// kiosk<->core contract). payload holds the customer's answers: it goes to
// core over TLS and never into a log line.
struct CoreTransaction
{
    QString key; // 32 lower-case hex, fixed when the outbox entry was written
    QString orderingKey;
    qint64 sequence = 0; // the kiosk's outbox id
    QString serviceId;
    QString receiptNo;
    QDateTime createdAt; // UTC
    std::optional<Money> amount;
    QJsonObject payload;
    QString prefillReference; // empty: none; core marks the prefill used when it applies this
    QString paymentKey;       // empty: none; core applies this only with that authorised payment
    QJsonObject authorization; // empty: none; a supervisor's, as core signed it

    QJsonObject toJson() const;
};

namespace CoreOutcome {
inline constexpr QLatin1String Applied{"applied"};
inline constexpr QLatin1String Rejected{"rejected"};
inline constexpr QLatin1String Conflict{"conflict"};
} // namespace CoreOutcome

// Core's answer for one key.
struct CoreResult
{
    QString key;
    QString outcome; // a CoreOutcome
    bool replayed = false;
    QString coreRef;     // applied
    QDateTime appliedAt; // applied, UTC
    QString reason;      // rejected | conflict
    QString message;
};

// How an exchange with core ended. Only Ok and NotFound carry core's answer;
// for Transport, Server and BadResponse the outcome of a write is unknown.
enum class ReplyStatus {
    Ok,
    NotFound,     // GET by key: core has never seen it
    NotModified,  // reference data unchanged (304)
    Transport,    // no answer: refused, reset, TLS failure, timeout
    Server,       // 5xx
    BadResponse,  // an answer that breaks the contract
    Client,       // 4xx other than 401/404: the request as a whole was refused
    Unauthorized, // 401: unknown, bad or revoked device credential
};

struct CoreReply
{
    ReplyStatus status = ReplyStatus::Transport;
    int httpStatus = 0;
    QString reason;      // stable snake_case: core's "error", or ours
    QString detail;      // technical, never personal data
    QDateTime serverTime; // from serverTime, else the Date header; invalid if neither

    bool ok() const { return status == ReplyStatus::Ok; }
    // True when the request may or may not have been applied.
    bool outcomeUnknown() const
    {
        return status == ReplyStatus::Transport || status == ReplyStatus::Server
            || status == ReplyStatus::BadResponse;
    }
};

struct BatchReply : CoreReply
{
    QList<CoreResult> results; // one per transaction sent, same order
};

struct LookupReply : CoreReply
{
    CoreResult result;
};

struct ReferenceReply : CoreReply
{
    QString etag;
    qint64 version = 0;
    QJsonValue data;
};

struct EnrollReply : CoreReply
{
    QString deviceId;
    QByteArray secret;
    QByteArray certificate; // PEM: the device's client certificate from core's device CA
};

// POST /v1/audit/anchors: the audit log's head (row id and hash), with the
// proof that it extends the newest anchor core holds for this device: the
// MACs of the rows in between (AuditChain::fold). The kiosk's own check of
// its whole log travels along, so core keeps a record of a break it reports.
struct AnchorRequest
{
    qint64 sequence = 0; // the head's row id; below `from` when rows were lost
    QString head;        // that row's hash (the genesis hash for an empty log)
    qint64 from = 0;     // core's newest anchor this extends; 0: the first
    QByteArray macs;     // 32 bytes per row from+1 .. sequence
    bool chainIntact = true;
    qint64 brokenRow = 0;
    QString brokenReason;

    QJsonObject toJson() const;
};

// A refused anchor core keeps against the device (docs/api).
struct AnchorFlag
{
    QString reason;
    qint64 sequence = 0;
    QDateTime flaggedAt;
};

// GET /v1/audit/anchors/latest and POST /v1/audit/anchors.
struct AnchorReply : CoreReply
{
    SignedAnchor anchor;
    bool replayed = false;             // POST: core already held this anchor
    std::optional<AnchorFlag> flag;    // GET: the newest refused anchor, if any
};

} // namespace branch
