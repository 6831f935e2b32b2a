#include "SqlCoreStore.h"

#include "CoreServerLogging.h"
#include "SqlWrite.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace branch {
namespace {

QAtomicInteger<quint32> storeCounter;
constexpr int SchemaVersion = 1;

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS core_schema (version INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS devices (device_id TEXT PRIMARY KEY, secret_sha256 TEXT,"
    " revoked INTEGER NOT NULL DEFAULT 0, created_ms BIGINT NOT NULL, revoked_ms BIGINT)",
    "CREATE TABLE IF NOT EXISTS enrolment_codes (code_sha256 TEXT PRIMARY KEY, device_id TEXT NOT NULL,"
    " expires_ms BIGINT NOT NULL, used_ms BIGINT)",
    "CREATE TABLE IF NOT EXISTS applied_transactions (device_id TEXT NOT NULL, tx_key TEXT NOT NULL,"
    " body_sha256 TEXT NOT NULL, outcome TEXT NOT NULL, result_json TEXT NOT NULL, service_id TEXT,"
    " receipt_no TEXT, sequence BIGINT, amount_fen BIGINT, core_ref TEXT, applied_ms BIGINT,"
    " received_ms BIGINT NOT NULL, PRIMARY KEY (device_id, tx_key))",
    "CREATE INDEX IF NOT EXISTS applied_transactions_received ON applied_transactions (received_ms)",
    // A receipt number is applied once, whatever the key: the index settles a
    // race between two cores that both found the number free (the loser's
    // batch fails, and its retry is refused with receipt_number_taken).
    "CREATE UNIQUE INDEX IF NOT EXISTS applied_transactions_receipt ON applied_transactions (receipt_no)"
    " WHERE outcome = 'applied'",
    "CREATE TABLE IF NOT EXISTS reference_data (name TEXT PRIMARY KEY, version BIGINT NOT NULL,"
    " data_json TEXT NOT NULL, updated_ms BIGINT NOT NULL)",
    // Mutual TLS: the client certificates core issued, by serial. A table of
    // its own, so a database from before device certificates just gains it.
    "CREATE TABLE IF NOT EXISTS device_certificates (serial TEXT PRIMARY KEY, device_id TEXT NOT NULL,"
    " not_after_ms BIGINT NOT NULL, issued_ms BIGINT NOT NULL, revoked_ms BIGINT)",
    "CREATE INDEX IF NOT EXISTS device_certificates_device ON device_certificates (device_id)",
};

QString compact(const QJsonValue &value)
{
    // Wrapped in an array so any JSON value, not just objects, round-trips.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue uncompact(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace

SqlCoreStore::SqlCoreStore()
    : m_name(QStringLiteral("branch.coreserver.%1").arg(storeCounter.fetchAndAddRelaxed(1)))
{
}

SqlCoreStore::~SqlCoreStore()
{
    m_lookupQuery.reset();
    m_receiptQuery.reset();
    m_insertQuery.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

CoreStoreStatus SqlCoreStore::open()
{
    m_broken = true;
    return ready();
}

CoreStoreStatus SqlCoreStore::ready()
{
    if (!m_broken)
        return {};
    m_lookupQuery.reset();
    m_receiptQuery.reset();
    m_insertQuery.reset();
    if (m_db.isValid())
        m_db.close();
    const QString error = connect();
    if (!error.isEmpty()) {
        qCWarning(lcCoreServer) << "store connect failed:" << backendName() << error;
        return CoreStoreStatus::fail("unavailable", error);
    }
    const CoreStoreStatus schemaStatus = createSchema();
    if (schemaStatus.ok())
        m_broken = false;
    return schemaStatus;
}

CoreStoreStatus SqlCoreStore::failed(const QSqlQuery &query, const char *what)
{
    // Any statement error may mean a lost connection; reconnect next time.
    m_broken = true;
    const QString detail = QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text());
    qCWarning(lcCoreServer) << "store error:" << backendName() << detail;
    return CoreStoreStatus::fail("unavailable", detail);
}

QStringList SqlCoreStore::schemaStatements()
{
    QStringList statements;
    for (const char *statement : schema)
        statements.append(QString::fromLatin1(statement));
    return statements + anchorSchema() + prefillSchema() + paymentSchema() + staffSchema()
        + authorizationSchema();
}

CoreStoreStatus SqlCoreStore::settleSchemaVersion(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM core_schema")) || !q.next())
        return failed(q, "read schema version");
    const int version = q.value(0).isNull() ? 0 : q.value(0).toInt();
    if (version > SchemaVersion) {
        return CoreStoreStatus::fail("schema_too_new",
                                     QStringLiteral("schema %1, this build knows %2").arg(version).arg(SchemaVersion));
    }
    if (version == 0) {
        q.prepare(QStringLiteral("INSERT INTO core_schema (version) VALUES (?)"));
        q.addBindValue(SchemaVersion);
        if (!q.exec())
            return failed(q, "write schema version");
    }
    return {};
}

CoreStoreStatus SqlCoreStore::createSchema()
{
    QSqlQuery q(m_db);
    if (!schemaLock().isEmpty()) {
        // PostgreSQL: one statement per transaction, so a creator never holds
        // one table's lock while it waits for another's. In one transaction,
        // CREATE INDEX IF NOT EXISTS on a table another core is writing to
        // deadlocked with that core's write (40P01). The advisory lock keeps
        // two creators from racing on the same CREATE TABLE.
        if (!q.exec(schemaLock()))
            return failed(q, "lock schema");
        CoreStoreStatus status;
        for (const QString &statement : schemaStatements()) {
            if (!q.exec(statement)) {
                status = failed(q, "create schema");
                break;
            }
        }
        if (status.ok())
            status = settleSchemaVersion(q);
        // Released with the session too, should this statement fail.
        QSqlQuery unlock(m_db);
        if (!unlock.exec(schemaUnlock()))
            qCWarning(lcCoreServer) << "schema lock not released:" << unlock.lastError().text();
        return status;
    }
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin schema");
    for (const QString &statement : schemaStatements()) {
        if (!q.exec(statement))
            return failed(q, "create schema");
    }
    if (CoreStoreStatus status = settleSchemaVersion(q); !status.ok())
        return status;
    if (!write.commit())
        return failed(write.query(), "commit schema");
    return {};
}

CoreStoreStatus SqlCoreStore::addDevice(const QString &deviceId, const QByteArray &codeSha256,
                                        const QDateTime &expiresAt, const QDateTime &now)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO devices (device_id, revoked, created_ms) VALUES (?, 0, ?)"
                             " ON CONFLICT (device_id) DO NOTHING"));
    q.addBindValue(deviceId);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "insert device");
    q.prepare(QStringLiteral("INSERT INTO enrolment_codes (code_sha256, device_id, expires_ms) VALUES (?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(codeSha256));
    q.addBindValue(deviceId);
    q.addBindValue(expiresAt.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "insert enrolment code");
    if (!write.commit())
        return failed(write.query(), "commit");
    return {};
}

CoreStoreStatus SqlCoreStore::enrolDevice(const QString &deviceId, const QByteArray &codeSha256,
                                          const QByteArray &secretSha256, const DeviceCertificateRecord &certificate,
                                          const QDateTime &now)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin");
    QSqlQuery q(m_db);
    // The conditions sit in the UPDATE itself, so two kiosks racing with one
    // code cannot both win: only one sees a changed row.
    q.prepare(QStringLiteral("UPDATE enrolment_codes SET used_ms = ? WHERE code_sha256 = ? AND device_id = ?"
                             " AND used_ms IS NULL AND expires_ms > ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(QString::fromLatin1(codeSha256));
    q.addBindValue(deviceId);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "use enrolment code");
    if (q.numRowsAffected() != 1)
        return CoreStoreStatus::fail("bad_enrolment_code");
    q.prepare(QStringLiteral("UPDATE devices SET secret_sha256 = ?, revoked = 0, revoked_ms = NULL WHERE device_id = ?"));
    q.addBindValue(QString::fromLatin1(secretSha256));
    q.addBindValue(deviceId);
    if (!q.exec())
        return failed(q, "set secret");
    // One certificate at a time: a kiosk enrolled again has a new key, and
    // whoever holds the old one must not go on using it.
    if (!revokeCertificates(q, deviceId, now))
        return failed(q, "supersede certificates");
    q.prepare(QStringLiteral("INSERT INTO device_certificates (serial, device_id, not_after_ms, issued_ms)"
                             " VALUES (?, ?, ?, ?)"));
    q.addBindValue(certificate.serial);
    q.addBindValue(deviceId);
    q.addBindValue(certificate.notAfter.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "record certificate");
    if (!write.commit())
        return failed(write.query(), "commit");
    return {};
}

CoreStoreStatus SqlCoreStore::revokeDevice(const QString &deviceId, const QDateTime &now)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE devices SET revoked = 1, revoked_ms = ? WHERE device_id = ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(deviceId);
    if (!q.exec())
        return failed(q, "revoke");
    if (q.numRowsAffected() != 1)
        return CoreStoreStatus::fail("unknown_device");
    // Outstanding codes die with the device: re-adding it issues a new one.
    q.prepare(QStringLiteral("UPDATE enrolment_codes SET used_ms = ? WHERE device_id = ? AND used_ms IS NULL"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(deviceId);
    if (!q.exec())
        return failed(q, "cancel codes");
    if (!revokeCertificates(q, deviceId, now))
        return failed(q, "revoke certificates");
    if (!write.commit())
        return failed(write.query(), "commit");
    return {};
}

std::optional<DeviceRecord> SqlCoreStore::device(const QString &deviceId, CoreStoreStatus *status)
{
    *status = ready();
    if (!status->ok())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT secret_sha256, revoked FROM devices WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec()) {
        *status = failed(q, "read device");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return DeviceRecord{deviceId, q.value(0).toString().toLatin1(), q.value(1).toInt() != 0};
}

bool SqlCoreStore::revokeCertificates(QSqlQuery &q, const QString &deviceId, const QDateTime &now)
{
    q.prepare(QStringLiteral("UPDATE device_certificates SET revoked_ms = ? WHERE device_id = ? AND revoked_ms IS NULL"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(deviceId);
    return q.exec();
}

std::optional<DeviceCertificateRecord> SqlCoreStore::deviceCertificate(const QString &serial, CoreStoreStatus *status)
{
    *status = ready();
    if (!status->ok())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT device_id, not_after_ms, revoked_ms FROM device_certificates WHERE serial = ?"));
    q.addBindValue(serial);
    if (!q.exec()) {
        *status = failed(q, "read certificate");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return DeviceCertificateRecord{serial, q.value(0).toString(),
                                   QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC), !q.value(2).isNull()};
}

CoreStoreStatus SqlCoreStore::seedReference(const QString &name, const QJsonValue &data, const QDateTime &now,
                                            qint64 *version)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin");
    const QString text = compact(data);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version, data_json FROM reference_data WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return failed(q, "read reference");
    const bool exists = q.next();
    *version = exists ? q.value(0).toLongLong() : 0;
    if (exists && q.value(1).toString() == text)
        return {};
    ++*version;
    q.prepare(QStringLiteral("INSERT INTO reference_data (name, version, data_json, updated_ms) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (name) DO UPDATE SET version = excluded.version,"
                             " data_json = excluded.data_json, updated_ms = excluded.updated_ms"));
    q.addBindValue(name);
    q.addBindValue(*version);
    q.addBindValue(text);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "write reference");
    if (!write.commit())
        return failed(write.query(), "commit");
    return {};
}

std::optional<ReferenceEntry> SqlCoreStore::reference(const QString &name, CoreStoreStatus *status)
{
    *status = ready();
    if (!status->ok())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version, data_json FROM reference_data WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *status = failed(q, "read reference");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return ReferenceEntry{name, q.value(0).toLongLong(), uncompact(q.value(1).toString())};
}

} // namespace branch
