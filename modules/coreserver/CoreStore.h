#pragma once

#include "CoreTransaction.h"
#include "Payment.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace branch {

// A store failure as a value. `reason` is stable snake_case ("unavailable",
// "unknown_device", "bad_enrolment_code", "schema_too_new"); `detail` is for
// the log only and never holds a payload or a secret.
struct CoreStoreStatus
{
    QString reason;
    QString detail;

    bool ok() const { return reason.isEmpty(); }
    static CoreStoreStatus fail(const char *reason, const QString &detail = {})
    {
        return {QString::fromLatin1(reason), detail};
    }
};

struct DeviceRecord
{
    QString deviceId;
    QByteArray secretSha256; // hex; empty until enrolled
    bool revoked = false;
};

// A client certificate core issued at enrolment (device_certificates). Core
// keeps its serial and dates only; the certificate itself is the device's.
struct DeviceCertificateRecord
{
    QString serial; // lower-case hex
    QString deviceId;
    QDateTime notAfter;
    bool revoked = false; // by `device revoke`, or superseded by a later enrolment
};

struct ExportRow
{
    QString key;
    QString deviceId;
    QString serviceId;
    QString receiptNo;
    qint64 sequence = 0;
    std::optional<qint64> amountFen;
    QDateTime appliedAt;
    QString coreRef;
};

struct ReferenceEntry
{
    QString name;
    qint64 version = 0;
    QJsonValue data;
};

// One anchor of a device's audit log: core's signed statement that the log
// had head `head` at row `sequence`, extending the anchor at `previous`
// (0 for the device's first).
struct AnchorRecord
{
    QString deviceId;
    qint64 sequence = 0;
    qint64 previous = 0;
    QString head;        // 64 lower-case hex
    QDateTime anchoredAt;
    QByteArray signature; // 64 bytes, Ed25519 over AnchorStatement
};

// An anchor core refused, kept as evidence against the device's log.
struct AnchorFlagRecord
{
    QString deviceId;
    QString reason;   // anchor_regressed, anchor_conflict, anchor_inconsistent, chain_reported_broken
    qint64 sequence = 0;
    QString head;
    QString detail;   // which rows; never a payload
    QDateTime flaggedAt;
};

// A card payment core's reference bank decided (PaymentDesk). No card number
// is kept: the bank's account that was charged, and the masked number.
struct PaymentRecord
{
    QString deviceId;
    QString key;
    QString fingerprint; // PaymentRequest::fingerprint(): what makes a repeat the same payment
    qint64 amountFen = 0;
    QString currency;
    QString reference;
    QString account; // the reference bank's account (a TestCards name); empty when no card matched
    QString maskedPan;
    PaymentState state = PaymentState::Declined;
    QString reason;        // PaymentReason code when declined
    QString authorisation; // when authorised
    QDateTime decidedAt;
};

// What the reference bank knows of an account when it decides a payment.
struct AccountHistory
{
    qint64 chargedFen = 0;   // by its authorised payments
    int wrongPinsInARow = 0; // wrong_pin declines since the PIN was last right
};

// Decides a payment core has not seen before, given the account's history.
// The store calls it inside the write transaction, so the charge and the
// record are one write.
using PaymentDecider = std::function<PaymentRecord(const AccountHistory &history)>;

// A prefill from the phone page (docs/prefill.md). The answers are sealed
// (PrefillVault) before they reach the store; a used prefill keeps its row,
// without answers or photos, until it expires, so a replayed token is told
// already_used rather than not found.
struct PrefillRecord
{
    QString reference; // 32 lower-case hex: the token's 128 random bits
    QString shortCode; // 9 digits
    QString serviceId;
    QString branch;
    QByteArray sealedValues; // empty once used
    QDateTime createdAt;
    QDateTime expiresAt;
    QString claimedBy;       // device id, while claimed
    QDateTime claimedUntil;
    QDateTime usedAt;        // invalid until used

    bool isUsed() const { return usedAt.isValid(); }
};

struct PrefillPhotoRecord
{
    QString photoId; // 32 lower-case hex
    QString reference;
    QString document; // the document field it belongs to
    QString mediaType; // image/jpeg or image/png, as decoded
    QByteArray sealedImage;
    QByteArray sealedThumbnail;
    QDateTime createdAt;
};

// A staff account (docs/staff.md). The secret is kept only as an Argon2id
// string (StaffSecrets::hash); `failures` counts wrong secrets in a row, and
// a locked account stays locked until an administrator resets its secret.
struct StaffRecord
{
    QString staffId;
    QString name;
    QString role; // StaffRoles::name()
    QString branch;
    QByteArray secretHash;
    int failures = 0;
    QDateTime lockedAt; // invalid while not locked
    QDateTime updatedAt;

    bool isLocked() const { return lockedAt.isValid(); }
};

// Decides the result of a transaction core has not seen before. The store
// calls it inside the write transaction, between looking the key up and
// inserting it.
using TransactionDecider = std::function<CoreResult(const CoreTransaction &)>;

// Keys and their results are kept at least this long; purge never goes lower.
inline constexpr int MinimumRetentionDays = 7;

// The core gateway's database. SQLite and PostgreSQL share one schema and one
// implementation (SqlCoreStore); only connecting differs.
class CoreStore
{
public:
    virtual ~CoreStore();

    virtual CoreStoreStatus open() = 0; // connects and creates the schema
    virtual QString backendName() const = 0;

    virtual CoreStoreStatus addDevice(const QString &deviceId, const QByteArray &codeSha256,
                                      const QDateTime &expiresAt, const QDateTime &now) = 0;
    // Consumes the one-time code, sets the device's secret hash and records
    // its new certificate, revoking the ones issued before: one transaction.
    virtual CoreStoreStatus enrolDevice(const QString &deviceId, const QByteArray &codeSha256,
                                        const QByteArray &secretSha256, const DeviceCertificateRecord &certificate,
                                        const QDateTime &now) = 0;
    // Revokes the device and every certificate it was issued.
    virtual CoreStoreStatus revokeDevice(const QString &deviceId, const QDateTime &now) = 0;
    virtual std::optional<DeviceRecord> device(const QString &deviceId, CoreStoreStatus *status) = 0;
    virtual std::optional<DeviceCertificateRecord> deviceCertificate(const QString &serial,
                                                                     CoreStoreStatus *status) = 0;

    // One DB transaction for the whole batch: every result or none.
    virtual CoreStoreStatus applyBatch(const QString &deviceId, const QList<CoreTransaction> &batch,
                                       const QDateTime &now, const TransactionDecider &decide,
                                       QList<CoreResult> *results) = 0;
    virtual std::optional<CoreResult> transactionResult(const QString &deviceId, const QString &key,
                                                        CoreStoreStatus *status) = 0;
    // Drops keys received more than max(retentionDays, 7) days before `now`.
    virtual CoreStoreStatus purge(const QDateTime &now, int retentionDays, qint64 *removed) = 0;
    virtual CoreStoreStatus exportApplied(const std::function<void(const ExportRow &)> &sink) = 0;

    // Stores `data` under `name`, raising the version only when it changed.
    virtual CoreStoreStatus seedReference(const QString &name, const QJsonValue &data, const QDateTime &now,
                                          qint64 *version) = 0;
    virtual std::optional<ReferenceEntry> reference(const QString &name, CoreStoreStatus *status) = 0;

    // Audit anchors (AnchorDesk). The key core signs them with is made once
    // and shared by every core on the database: `candidate` (an Ed25519
    // secret key) is stored unless one is there, and *stored is the one kept.
    virtual CoreStoreStatus anchorSigningKey(const QByteArray &candidate, QByteArray *stored) = 0;
    virtual std::optional<AnchorRecord> latestAnchor(const QString &deviceId, CoreStoreStatus *status) = 0;
    virtual std::optional<AnchorRecord> anchorAt(const QString &deviceId, qint64 sequence, CoreStoreStatus *status) = 0;
    // *added is false, and nothing is written, when the device already has an
    // anchor at that sequence or one extending `previous`: a concurrent
    // request won, and the anchors stay one line.
    virtual CoreStoreStatus addAnchor(const AnchorRecord &anchor, bool *added) = 0;
    virtual CoreStoreStatus addAnchorFlag(const AnchorFlagRecord &flag) = 0;
    // In sequence order, and in the order they were flagged.
    virtual CoreStoreStatus anchors(const QString &deviceId, QList<AnchorRecord> *out) = 0;
    virtual CoreStoreStatus anchorFlags(const QString &deviceId, QList<AnchorFlagRecord> *out) = 0;

    // Card payments (PaymentDesk), idempotent by (device, key). When the key
    // is new, `decide` runs and its record is stored; when it is known,
    // nothing is decided or written and *stored is the first record
    // (*replayed true), whatever `request` says: the caller compares the
    // fingerprints. `request` carries the key, device, fingerprint and account.
    virtual CoreStoreStatus authorisePayment(const PaymentRecord &request, const PaymentDecider &decide,
                                             PaymentRecord *stored, bool *replayed) = 0;
    virtual std::optional<PaymentRecord> payment(const QString &deviceId, const QString &key,
                                                 CoreStoreStatus *status) = 0;
    // Prefills (SqlPrefills.cpp). Keys as anchorSigningKey: `candidate` is
    // kept under `name` unless one is there; *stored is the one kept.
    virtual CoreStoreStatus storedKey(const QString &name, const QByteArray &candidate, QByteArray *stored) = 0;
    // Fails with "short_code_taken" when a live prefill has the same code.
    virtual CoreStoreStatus addPrefill(const PrefillRecord &prefill) = 0;
    virtual std::optional<PrefillRecord> prefill(const QString &reference, CoreStoreStatus *status) = 0;
    virtual std::optional<PrefillRecord> prefillByShortCode(const QString &shortCode, CoreStoreStatus *status) = 0;
    // Only while the prefill was never claimed, is not used and not expired, checked
    // in the same transaction: else "prefill_closed". At most `maxPhotos`
    // ("too_many_photos").
    virtual CoreStoreStatus addPrefillPhoto(const PrefillPhotoRecord &photo, const QDateTime &now, int maxPhotos) = 0;
    virtual CoreStoreStatus prefillPhotos(const QString &reference, QList<PrefillPhotoRecord> *out) = 0;
    // Claims it for `deviceId` until `until`, in one transaction: fails with
    // not_found, expired, already_used, or in_use (claimed by another device
    // until later than now). The same device may claim again.
    virtual CoreStoreStatus claimPrefill(const QString &reference, const QString &deviceId, const QDateTime &now,
                                         const QDateTime &until, PrefillRecord *claimed) = 0;
    // Drops prefills (and their photos) that expired before `now`.
    virtual CoreStoreStatus purgePrefills(const QDateTime &now, qint64 *removed) = 0;

    // Staff accounts (SqlStaff.cpp). addStaff fails with "staff_exists".
    virtual CoreStoreStatus addStaff(const StaffRecord &staff) = 0;
    virtual std::optional<StaffRecord> staffMember(const QString &staffId, CoreStoreStatus *status) = 0;
    // A new secret hash: failures back to 0 and the account unlocked, in one
    // write. Fails with "unknown_staff".
    virtual CoreStoreStatus setStaffSecret(const QString &staffId, const QByteArray &secretHash,
                                           const QDateTime &now) = 0;
    // One sign-in attempt, counted in one statement so that concurrent
    // attempts all count: a success sets failures to 0 (unless locked); a
    // failure adds one and locks the account when it reaches `lockAfter`.
    // *after is the account as it now stands. Fails with "unknown_staff".
    virtual CoreStoreStatus recordStaffAttempt(const QString &staffId, bool succeeded, int lockAfter,
                                               const QDateTime &now, StaffRecord *after) = 0;
};

} // namespace branch
