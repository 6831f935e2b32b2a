// SqlCoreStore's prefills (issue 12): the phone page's answers and photos,
// sealed by core before they arrive here, claimed by one kiosk at a time,
// used once, purged at expiry.
#include "SqlCoreStore.h"

#include "SqlWrite.h"

#include <QSqlError>

namespace branch {

namespace {

QDateTime fromMs(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// Sealed bytes travel as base64 TEXT: the same column type on both backends.
QString text(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray bytesOf(const QVariant &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

const QString prefillColumns = QStringLiteral(
    "SELECT reference, short_code, service_id, branch, sealed_values, created_ms, expires_ms, claimed_by,"
    " claimed_until_ms, used_ms FROM prefills ");

} // namespace

QStringList SqlCoreStore::prefillSchema()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS prefills (reference TEXT PRIMARY KEY, short_code TEXT NOT NULL,"
                       " service_id TEXT NOT NULL, branch TEXT NOT NULL, sealed_values TEXT, created_ms BIGINT NOT NULL,"
                       " expires_ms BIGINT NOT NULL, claimed_by TEXT, claimed_until_ms BIGINT, used_ms BIGINT)"),
        // A short code names one prefill until that one is purged.
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS prefills_short_code ON prefills (short_code)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS prefills_expires ON prefills (expires_ms)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS prefill_photos (photo_id TEXT PRIMARY KEY, reference TEXT NOT NULL,"
                       " document TEXT NOT NULL, media_type TEXT NOT NULL, sealed_image TEXT NOT NULL,"
                       " sealed_thumbnail TEXT NOT NULL, created_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS prefill_photos_reference ON prefill_photos (reference)"),
    };
}

CoreStoreStatus SqlCoreStore::storedKey(const QString &name, const QByteArray &candidate, QByteArray *stored)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    // Whichever core inserts first wins; the others read its key.
    q.prepare(QStringLiteral("INSERT INTO core_signing_keys (purpose, secret_key, created_ms) VALUES (?, ?, ?)"
                             " ON CONFLICT (purpose) DO NOTHING"));
    q.addBindValue(name);
    q.addBindValue(QString::fromLatin1(candidate.toHex()));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "store key");
    q.prepare(QStringLiteral("SELECT secret_key FROM core_signing_keys WHERE purpose = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return failed(q, "read key");
    *stored = QByteArray::fromHex(q.value(0).toString().toLatin1());
    return {};
}

CoreStoreStatus SqlCoreStore::addPrefill(const PrefillRecord &p)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO prefills (reference, short_code, service_id, branch, sealed_values,"
                             " created_ms, expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(p.reference);
    q.addBindValue(p.shortCode);
    q.addBindValue(p.serviceId);
    q.addBindValue(p.branch);
    q.addBindValue(text(p.sealedValues));
    q.addBindValue(p.createdAt.toMSecsSinceEpoch());
    q.addBindValue(p.expiresAt.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "insert prefill");
    // Nothing inserted: 128 random bits collided (never), or the short code did.
    if (q.numRowsAffected() != 1)
        return CoreStoreStatus::fail("short_code_taken");
    return {};
}

std::optional<PrefillRecord> SqlCoreStore::readPrefill(const QString &column, const QString &value,
                                                       CoreStoreStatus *status)
{
    *status = ready();
    if (!status->ok())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(prefillColumns + QStringLiteral("WHERE %1 = ?").arg(column));
    q.addBindValue(value);
    if (!q.exec()) {
        *status = failed(q, "read prefill");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    PrefillRecord p;
    p.reference = q.value(0).toString();
    p.shortCode = q.value(1).toString();
    p.serviceId = q.value(2).toString();
    p.branch = q.value(3).toString();
    p.sealedValues = bytesOf(q.value(4));
    p.createdAt = fromMs(q.value(5));
    p.expiresAt = fromMs(q.value(6));
    p.claimedBy = q.value(7).toString();
    p.claimedUntil = fromMs(q.value(8));
    p.usedAt = fromMs(q.value(9));
    return p;
}

std::optional<PrefillRecord> SqlCoreStore::prefill(const QString &reference, CoreStoreStatus *status)
{
    return readPrefill(QStringLiteral("reference"), reference, status);
}

std::optional<PrefillRecord> SqlCoreStore::prefillByShortCode(const QString &shortCode, CoreStoreStatus *status)
{
    return readPrefill(QStringLiteral("short_code"), shortCode, status);
}

CoreStoreStatus SqlCoreStore::addPrefillPhoto(const PrefillPhotoRecord &photo, const QDateTime &now, int maxPhotos)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin photo");
    QSqlQuery q(m_db);
    // Open means: not used, not expired, never claimed by a kiosk: what the
    // customer checks at the counter is what the kiosk fetched.
    q.prepare(QStringLiteral("SELECT 1 FROM prefills WHERE reference = ? AND used_ms IS NULL AND expires_ms > ?"
                             " AND claimed_by IS NULL"));
    q.addBindValue(photo.reference);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "check prefill open");
    if (!q.next())
        return CoreStoreStatus::fail("prefill_closed");
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM prefill_photos WHERE reference = ?"));
    q.addBindValue(photo.reference);
    if (!q.exec() || !q.next())
        return failed(q, "count photos");
    if (q.value(0).toInt() >= maxPhotos)
        return CoreStoreStatus::fail("too_many_photos");
    q.prepare(QStringLiteral("INSERT INTO prefill_photos (photo_id, reference, document, media_type, sealed_image,"
                             " sealed_thumbnail, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(photo.photoId);
    q.addBindValue(photo.reference);
    q.addBindValue(photo.document);
    q.addBindValue(photo.mediaType);
    q.addBindValue(text(photo.sealedImage));
    q.addBindValue(text(photo.sealedThumbnail));
    q.addBindValue(photo.createdAt.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "insert photo");
    if (!write.commit())
        return failed(write.query(), "commit photo");
    return {};
}

CoreStoreStatus SqlCoreStore::prefillPhotos(const QString &reference, QList<PrefillPhotoRecord> *out)
{
    out->clear();
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT photo_id, document, media_type, sealed_image, sealed_thumbnail, created_ms"
                             " FROM prefill_photos WHERE reference = ? ORDER BY created_ms, photo_id"));
    q.addBindValue(reference);
    if (!q.exec())
        return failed(q, "read photos");
    while (q.next()) {
        out->append({q.value(0).toString(), reference, q.value(1).toString(), q.value(2).toString(),
                     bytesOf(q.value(3)), bytesOf(q.value(4)), fromMs(q.value(5))});
    }
    return {};
}

CoreStoreStatus SqlCoreStore::claimPrefill(const QString &reference, const QString &deviceId, const QDateTime &now,
                                           const QDateTime &until, PrefillRecord *claimed)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin claim");
    // Only the device that holds it, or nobody (a claim that ran out), may
    // take it: the WHERE clause decides, so two kiosks cannot both win.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE prefills SET claimed_by = ?, claimed_until_ms = ? WHERE reference = ?"
                             " AND used_ms IS NULL AND expires_ms > ?"
                             " AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until_ms <= ?)"));
    q.addBindValue(deviceId);
    q.addBindValue(until.toMSecsSinceEpoch());
    q.addBindValue(reference);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(deviceId);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "claim prefill");
    const bool won = q.numRowsAffected() == 1;
    q.finish();
    CoreStoreStatus status;
    const std::optional<PrefillRecord> row = prefill(reference, &status);
    if (!status.ok())
        return status;
    if (!write.commit())
        return failed(write.query(), "commit claim");
    if (!row)
        return CoreStoreStatus::fail("not_found");
    if (!won) {
        if (row->isUsed())
            return CoreStoreStatus::fail("already_used");
        if (row->expiresAt <= now)
            return CoreStoreStatus::fail("expired");
        return CoreStoreStatus::fail("in_use");
    }
    *claimed = *row;
    return {};
}

CoreStoreStatus SqlCoreStore::markPrefillUsed(const QString &reference, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE prefills SET used_ms = ?, sealed_values = NULL, claimed_by = NULL,"
                             " claimed_until_ms = NULL WHERE reference = ? AND used_ms IS NULL"));
    q.addBindValue(nowMs);
    q.addBindValue(reference);
    if (!q.exec())
        return failed(q, "mark prefill used");
    q.prepare(QStringLiteral("DELETE FROM prefill_photos WHERE reference = ?"));
    q.addBindValue(reference);
    if (!q.exec())
        return failed(q, "purge used photos");
    return {};
}

CoreStoreStatus SqlCoreStore::purgePrefills(const QDateTime &now, qint64 *removed)
{
    *removed = 0;
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin prefill purge");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM prefill_photos WHERE reference IN"
                             " (SELECT reference FROM prefills WHERE expires_ms <= ?)"));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "purge photos");
    q.prepare(QStringLiteral("DELETE FROM prefills WHERE expires_ms <= ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "purge prefills");
    *removed = q.numRowsAffected();
    if (!write.commit())
        return failed(write.query(), "commit prefill purge");
    return {};
}

} // namespace branch
