#include "StoreError.h"

#include <QSqlError>

namespace branch {

StoreError StoreError::make(QLatin1String reason, const QString &detail)
{
    StoreError e;
    e.reason = reason;
    e.message = messageFor(e.reason);
    e.detail = detail;
    return e;
}

StoreError StoreError::fromSql(QLatin1String fallback, const QSqlError &error, const QString &context)
{
    // Primary SQLite result codes: 5 SQLITE_BUSY, 6 SQLITE_LOCKED.
    const QString code = error.nativeErrorCode();
    const bool busy = code == QLatin1String("5") || code == QLatin1String("6");
    const QString detail = QStringLiteral("%1: [%2] %3").arg(context, code, error.text());
    return make(busy ? StoreReason::Busy : fallback, detail);
}

QString StoreError::messageFor(const QString &reason)
{
    using namespace StoreReason;
    if (reason == NotOpen)
        return tr("The local database is not open.");
    if (reason == OpenFailed)
        return tr("The local database could not be opened.");
    if (reason == PragmaFailed)
        return tr("The local database could not be configured for safe storage.");
    if (reason == Quarantined)
        return tr("The local database was damaged. It has been set aside for inspection and a new one was started.");
    if (reason == QuarantineFailed)
        return tr("The local database is damaged and could not be set aside.");
    if (reason == SchemaTooNew)
        return tr("The local database was written by a newer version of this application.");
    if (reason == UnknownSchema)
        return tr("The database file belongs to another application.");
    if (reason == MigrationModified)
        return tr("A database upgrade that was already applied has since been changed.");
    if (reason == MigrationFailed)
        return tr("The local database could not be upgraded.");
    if (reason == MigrationsInvalid)
        return tr("The database upgrade files are incomplete or misnamed.");
    if (reason == Busy)
        return tr("The local database is busy. Please try again.");
    if (reason == PaymentStateInvalid)
        return tr("The payment is already settled; it was not changed.");
    if (reason == PaymentMissing)
        return tr("The kiosk has no record of this payment.");
    if (reason == InvalidSubmission)
        return tr("The submission is incomplete or malformed and was not stored.");
    if (reason == ReceiptNumbersExhausted)
        return tr("No more receipt numbers are available today. Please ask staff for help.");
    if (reason == PayloadCodecFailed)
        return tr("The submission data could not be protected or read back.");
    if (reason == DatabaseMissing)
        return tr("The local database does not exist. Nothing was created.");
    if (reason == DatabaseDamaged)
        return tr("The local database is damaged. It was left exactly as found; start the kiosk to set it aside "
                  "and save what can be read.");
    if (reason == NotADatabase)
        return tr("The file is not a database. It was left exactly as found.");
    if (reason == SchemaOutdated)
        return tr("The local database was written by an older version of this application. Start the kiosk to "
                  "upgrade it.");
    if (reason == ReceiptNumbersUnavailable)
        return tr("No receipt number can be issued: this kiosk's record of receipt numbers is missing. Please "
                  "ask staff for help.");
    if (reason == ReceiptEpochUnreadable)
        return tr("The record of receipt numbers beside the local database cannot be read.");
    return tr("A local database operation failed.");
}

} // namespace branch
