#pragma once

#include "CoreStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace branch {

// CoreStore over QtSql with SQL that SQLite 3.40 and PostgreSQL 15 both run
// (INSERT ... ON CONFLICT, BIGINT milliseconds, TEXT JSON). A subclass only
// says how to connect and how to begin a write transaction.
class SqlCoreStore : public CoreStore
{
public:
    ~SqlCoreStore() override;

    CoreStoreStatus open() override;

    CoreStoreStatus addDevice(const QString &deviceId, const QByteArray &codeSha256, const QDateTime &expiresAt,
                              const QDateTime &now) override;
    CoreStoreStatus enrolDevice(const QString &deviceId, const QByteArray &codeSha256,
                                const QByteArray &secretSha256, const DeviceCertificateRecord &certificate,
                                const QDateTime &now) override;
    CoreStoreStatus revokeDevice(const QString &deviceId, const QDateTime &now) override;
    std::optional<DeviceRecord> device(const QString &deviceId, CoreStoreStatus *status) override;
    std::optional<DeviceCertificateRecord> deviceCertificate(const QString &serial, CoreStoreStatus *status) override;

    CoreStoreStatus applyBatch(const QString &deviceId, const QList<CoreTransaction> &batch, const QDateTime &now,
                               const TransactionDecider &decide, QList<CoreResult> *results) override;
    std::optional<CoreResult> transactionResult(const QString &deviceId, const QString &key,
                                                CoreStoreStatus *status) override;
    CoreStoreStatus purge(const QDateTime &now, int retentionDays, qint64 *removed) override;
    CoreStoreStatus exportApplied(const std::function<void(const ExportRow &)> &sink) override;

    CoreStoreStatus seedReference(const QString &name, const QJsonValue &data, const QDateTime &now,
                                  qint64 *version) override;
    std::optional<ReferenceEntry> reference(const QString &name, CoreStoreStatus *status) override;

    // SqlAnchors.cpp
    CoreStoreStatus anchorSigningKey(const QByteArray &candidate, QByteArray *stored) override;
    std::optional<AnchorRecord> latestAnchor(const QString &deviceId, CoreStoreStatus *status) override;
    std::optional<AnchorRecord> anchorAt(const QString &deviceId, qint64 sequence, CoreStoreStatus *status) override;
    CoreStoreStatus addAnchor(const AnchorRecord &anchor, bool *added) override;
    CoreStoreStatus addAnchorFlag(const AnchorFlagRecord &flag) override;
    CoreStoreStatus anchors(const QString &deviceId, QList<AnchorRecord> *out) override;
    CoreStoreStatus anchorFlags(const QString &deviceId, QList<AnchorFlagRecord> *out) override;
    // The audit anchor tables, created with the rest of the schema.
    static QStringList anchorSchema();

    // SqlPayments.cpp
    CoreStoreStatus authorisePayment(const PaymentRecord &request, const PaymentDecider &decide,
                                     PaymentRecord *stored, bool *replayed) override;
    std::optional<PaymentRecord> payment(const QString &deviceId, const QString &key,
                                         CoreStoreStatus *status) override;
    static QStringList paymentSchema();
    // SqlPrefills.cpp
    CoreStoreStatus storedKey(const QString &name, const QByteArray &candidate, QByteArray *stored) override;
    CoreStoreStatus addPrefill(const PrefillRecord &prefill) override;
    std::optional<PrefillRecord> prefill(const QString &reference, CoreStoreStatus *status) override;
    std::optional<PrefillRecord> prefillByShortCode(const QString &shortCode, CoreStoreStatus *status) override;
    CoreStoreStatus addPrefillPhoto(const PrefillPhotoRecord &photo, const QDateTime &now, int maxPhotos) override;
    CoreStoreStatus prefillPhotos(const QString &reference, QList<PrefillPhotoRecord> *out) override;
    CoreStoreStatus claimPrefill(const QString &reference, const QString &deviceId, const QDateTime &now,
                                 const QDateTime &until, PrefillRecord *claimed) override;
    CoreStoreStatus purgePrefills(const QDateTime &now, qint64 *removed) override;
    static QStringList prefillSchema();
    // SqlStaff.cpp
    CoreStoreStatus addStaff(const StaffRecord &staff) override;
    std::optional<StaffRecord> staffMember(const QString &staffId, CoreStoreStatus *status) override;
    CoreStoreStatus setStaffSecret(const QString &staffId, const QByteArray &secretHash, const QDateTime &now) override;
    CoreStoreStatus recordStaffAttempt(const QString &staffId, bool succeeded, int lockAfter, const QDateTime &now,
                                       StaffRecord *after) override;
    static QStringList staffSchema();
    // SqlAuthorizations.cpp
    static QStringList authorizationSchema();

protected:
    SqlCoreStore();
    // Opens m_db under connectionName(); returns a detail text on failure.
    virtual QString connect() = 0;
    virtual QString beginStatement() const { return QStringLiteral("BEGIN"); }
    // A lock that makes concurrent schema creators take turns, and its
    // release; empty (SQLite): the schema is made in one write transaction.
    virtual QString schemaLock() const { return {}; }
    virtual QString schemaUnlock() const { return {}; }

    QString connectionName() const { return m_name; }
    QSqlDatabase m_db;

private:
    class Write;
    CoreStoreStatus ready();
    CoreStoreStatus failed(const QSqlQuery &query, const char *what);
    CoreStoreStatus createSchema();
    // Every CREATE ... IF NOT EXISTS statement of the schema, in order.
    static QStringList schemaStatements();
    // Reads core_schema's version and writes this build's on a new database.
    CoreStoreStatus settleSchemaVersion(QSqlQuery &q);
    CoreStoreStatus applyOne(const QString &deviceId, const CoreTransaction &tx, qint64 nowMs,
                             const TransactionDecider &decide, CoreResult *result);
    bool lookup(const QString &deviceId, const QString &key, QByteArray *hash, QString *resultJson,
                CoreStoreStatus *status);
    bool receiptTaken(const QString &receiptNo, CoreStoreStatus *status);
    std::optional<AnchorRecord> readAnchor(QSqlQuery &q, const QString &deviceId, CoreStoreStatus *status);
    std::optional<PaymentRecord> readPayment(const QString &deviceId, const QString &key, CoreStoreStatus *status);
    static bool revokeCertificates(QSqlQuery &q, const QString &deviceId, const QDateTime &now);
    std::optional<PrefillRecord> readPrefill(const QString &column, const QString &value, CoreStoreStatus *status);
    // Inside applyBatch's transaction: the prefill used, its answers and photos gone.
    CoreStoreStatus markPrefillUsed(const QString &reference, qint64 nowMs);
    // Inside applyBatch's transaction: why `tx` may not be paid with its
    // paymentKey (payment_not_authorised, payment_already_used), or "".
    QString paymentRefusal(const QString &deviceId, const CoreTransaction &tx, CoreStoreStatus *status);
    CoreStoreStatus markPaymentUsed(const QString &deviceId, const QString &paymentKey, const QString &txKey);
    // Inside applyBatch's transaction: authorization_already_used when the
    // transaction's authorization covered another transaction, or "".
    QString authorizationRefusal(const CoreTransaction &tx, CoreStoreStatus *status);
    CoreStoreStatus markAuthorizationUsed(const QString &deviceId, const CoreTransaction &tx);

    // Prepared once per connection: on PostgreSQL each prepare is a round trip.
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const char *sql);
    std::unique_ptr<QSqlQuery> m_lookupQuery;
    std::unique_ptr<QSqlQuery> m_insertQuery;
    std::unique_ptr<QSqlQuery> m_receiptQuery;

    QString m_name;
    bool m_broken = true; // reconnect before the next call
};

} // namespace branch
