#pragma once

#include "Authorization.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace branch {

// One transaction of a batch as the kiosk sent it (contract "Tx"). Only the
// key is guaranteed valid after parsing; `fieldReason` names the first field
// that breaks the contract, and such a transaction is rejected, not applied.
struct CoreTransaction
{
    QString key;        // 32 lower-case hex digits
    QByteArray bodySha256; // hex SHA-256 of the canonical (sorted, compact) object
    QJsonObject object; // as received, for the business rules
    QString fieldReason; // empty when every field has the contract's type

    QString orderingKey;
    qint64 sequence = 0;
    QString serviceId;
    QString receiptNo;
    QDateTime createdAt;
    std::optional<qint64> amountFen; // empty for "amount": null
    QString currency;
    // The prefill this submission completes (32 hex), or empty: applying
    // the transaction marks it used, once, with the key's idempotency.
    QString prefillReference;
    // The kiosk card payment that pays it (32 hex), or empty: applied only
    // with that payment authorised, from the same device, for the same
    // amount, and never for a second transaction.
    QString paymentKey;
    // A supervisor's approval (docs/authorization.md), or none: checked
    // against the catalog's rule and used once.
    std::optional<AuthorizationRecord> authorization;
};

// What core answered for one transaction (contract "Result"). Stored as JSON
// and returned verbatim, with `replayed` set, on a repeat.
struct CoreResult
{
    QString key;
    QString outcome; // applied | rejected | conflict
    bool replayed = false;
    QString coreRef;     // applied only
    QDateTime appliedAt; // applied only
    QString reason;      // rejected/conflict only
    QString message;

    bool isApplied() const { return outcome == QLatin1String("applied"); }
    QJsonObject toJson() const;
    static std::optional<CoreResult> fromJson(const QJsonObject &object);
};

namespace Outcome {
inline constexpr QLatin1String Applied("applied");
inline constexpr QLatin1String Rejected("rejected");
inline constexpr QLatin1String Conflict("conflict");
} // namespace Outcome

bool isTransactionKey(const QString &key);
QByteArray canonicalSha256(const QJsonObject &object); // hex
QString isoUtcMs(const QDateTime &time);

} // namespace branch
