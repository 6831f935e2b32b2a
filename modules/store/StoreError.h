#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

class QSqlError;

namespace branch {

// Stable reason codes. Callers and tests compare against these, never against
// messages, which are translated.
namespace StoreReason {
inline constexpr QLatin1String NotOpen{"not_open"};
inline constexpr QLatin1String OpenFailed{"open_failed"};
inline constexpr QLatin1String PragmaFailed{"pragma_failed"};
inline constexpr QLatin1String Quarantined{"quarantined"};
inline constexpr QLatin1String QuarantineFailed{"quarantine_failed"};
inline constexpr QLatin1String SchemaTooNew{"schema_too_new"};
inline constexpr QLatin1String UnknownSchema{"unknown_schema"};
inline constexpr QLatin1String MigrationModified{"migration_modified"};
inline constexpr QLatin1String MigrationFailed{"migration_failed"};
inline constexpr QLatin1String MigrationsInvalid{"migrations_invalid"};
inline constexpr QLatin1String Busy{"busy"};
inline constexpr QLatin1String QueryFailed{"query_failed"};
inline constexpr QLatin1String InvalidSubmission{"invalid_submission"};
// Card payments (PaymentRepository): a move the payment's states forbid, such
// as settling a payment twice or sending an unknown one again.
inline constexpr QLatin1String PaymentStateInvalid{"payment_state_invalid"};
inline constexpr QLatin1String PaymentMissing{"payment_missing"};
inline constexpr QLatin1String ReceiptNumbersExhausted{"receipt_numbers_exhausted"};
inline constexpr QLatin1String PayloadCodecFailed{"payload_codec_failed"};
// Read-only opens (Database::openReadOnly): they never create, move or
// migrate a file, so each kind of trouble is reported instead.
inline constexpr QLatin1String DatabaseMissing{"database_missing"};
inline constexpr QLatin1String DatabaseDamaged{"database_damaged"};
inline constexpr QLatin1String NotADatabase{"not_a_database"};
inline constexpr QLatin1String SchemaOutdated{"schema_outdated"};
// Receipt-number epochs (ReceiptEpoch).
inline constexpr QLatin1String ReceiptNumbersUnavailable{"receipt_numbers_unavailable"};
inline constexpr QLatin1String ReceiptEpochUnreadable{"receipt_epoch_unreadable"};
} // namespace StoreReason

struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    QString reason;  // empty when there is no error
    QString message; // translated, fit to show to staff
    QString detail;  // technical: file names, SQLite text. Never payloads.

    bool isError() const { return !reason.isEmpty(); }

    static StoreError make(QLatin1String reason, const QString &detail = {});
    // Maps SQLITE_BUSY/LOCKED to "busy", everything else to `fallback`.
    static StoreError fromSql(QLatin1String fallback, const QSqlError &error, const QString &context);
    static QString messageFor(const QString &reason);
};

template<typename T>
struct StoreResult
{
    T value{};
    StoreError error;

    bool ok() const { return !error.isError(); }
};

} // namespace branch
