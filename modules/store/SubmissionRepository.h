#pragma once

#include "Money.h"
#include "StoreError.h"
#include "SubmitFaultHook.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

class QDebug;
class QSqlQuery;
class QVariant;

namespace branch {

class Clock;
class Database;
class IdempotencyKeySource;
class PayloadCodec;
class Transaction;

// What the customer confirmed. Field values, the signature image and its
// strokes are personal data: they go through the PayloadCodec and never into
// a log line.
struct SubmissionRequest
{
    QString serviceId; // a catalog id, e.g. "utility.electricity"
    QString sessionId;
    QJsonObject fields;
    std::optional<Money> amount;
    QByteArray signaturePng;
    QByteArray signatureStrokes; // vector strokes, serialised by the caller
    // The e-Tongban prefill this submission completes (32 hex), or empty.
    QString prefillReference;
    // The kiosk card payment that pays it (its idempotency key, 32 hex), or empty.
    QString paymentKey;
    // A supervisor's authorization as core signed it (docs/authorization.md), or empty.
    QJsonObject authorization;
    // Opaque key for per-customer delivery order (e.g. a keyed hash of the
    // account). Never a raw account or ID number. Empty: the session id.
    QString orderingKey;
};

// Prints service, session, amount and field NAMES only, never values.
QDebug operator<<(QDebug debug, const SubmissionRequest &request);

struct SubmissionReceipt
{
    qint64 submissionId = 0;
    QString receiptNumber;
    QString idempotencyKey;
    QDateTime createdAt; // UTC
};

struct StoredSubmission
{
    qint64 id = 0;
    QString receiptNumber;
    QString serviceId;
    QString sessionId;
    QDateTime createdAt; // UTC
    std::optional<Money> amount;
    QJsonObject fields;
    QByteArray signaturePng;
    QByteArray signatureStrokes;
    QString status;
    QString prefillReference; // empty when none
    QString paymentKey;       // empty when none
    QJsonObject authorization; // empty when none
};

struct SubmissionSettings
{
    QString kioskCode; // see ReceiptNumber::isValidKioskCode
    // Receipt numbers count per business day in this zone.
    QTimeZone businessZone = QTimeZone::systemTimeZone();
};

class SubmissionRepository
{
public:
    // Sizes past these are refused: a form or a signature never needs more.
    static constexpr qsizetype MaxFieldsBytes = 1 << 20;
    static constexpr qsizetype MaxSignatureBytes = 4 << 20;
    // Core refuses a batch holding a longer ordering key (docs/api): one such
    // entry would hold back every entry sent with it, for ever. The session id
    // is the ordering key when none is given, so it has the same limit.
    static constexpr qsizetype MaxOrderingKeyLength = 64;

    SubmissionRepository(Database &db, const Clock &clock, const PayloadCodec &codec, IdempotencyKeySource &keys,
                         const SubmissionSettings &settings);

    // Called inside submit()'s transaction once both rows are written, so a
    // record of the submission (the audit log) commits or rolls back with it.
    // An error from it rolls the submission back.
    using StoredHook =
        std::function<StoreError(const SubmissionRequest &, const SubmissionReceipt &, const Transaction &)>;
    void setStoredHook(StoredHook hook) { m_onStored = std::move(hook); }

    // For tests only: fail on purpose at a chosen point inside submit().
    void setFaultHook(SubmitFaultHook *hook) { m_hook = hook; }

    // Stores the submission and its outbox entry in one BEGIN IMMEDIATE
    // transaction, allocating the receipt number inside it. On success both
    // rows are on disk (synchronous=FULL); on any failure neither exists.
    StoreResult<SubmissionReceipt> submit(const SubmissionRequest &request);

    StoreResult<std::optional<StoredSubmission>> find(const QString &receiptNumber) const;
    StoreResult<qint64> count() const;
    // Whether a submission stored here completes this e-Tongban prefill: an
    // offline token is refused the second time, whatever core knows yet.
    static StoreResult<bool> completesPrefill(Database &db, const QString &reference);

private:
    StoreError validate(const SubmissionRequest &request) const;
    StoreError allocateNumber(const QDate &day, QString *number);
    StoreError encode(const QByteArray &plain, const QByteArray &context, QVariant *stored) const;
    StoreResult<StoredSubmission> read(const QSqlQuery &q) const;
    StoreError reach(SubmitStep step);
    StoreError insertSubmission(const SubmissionRequest &request, const QString &number, const QDateTime &createdAt,
                                qint64 *id);
    StoreError insertOutbox(qint64 submissionId, const QString &orderingKey, const QDateTime &createdAt,
                            QString *key);

    Database &m_db;
    const Clock &m_clock;
    const PayloadCodec &m_codec;
    IdempotencyKeySource &m_keys;
    SubmissionSettings m_settings;
    SubmitFaultHook *m_hook = nullptr;
    StoredHook m_onStored;
};

} // namespace branch
