#include "KeyRotation.h"

#include "DataKeyRepository.h"
#include "Database.h"
#include "KeyRing.h"
#include "KeyWrap.h"
#include "SealedPayloadCodec.h"
#include "SealedRowRepository.h"
#include "SecretStore.h"
#include "SecureKey.h"
#include "SecurityLogging.h"
#include "Transaction.h"

#include <QVariant>

#include <algorithm>

namespace branch {
namespace {

const QString kPlain = QStringLiteral("plain");

} // namespace

KeyRotation::KeyRotation(Database &db, SecretStore &secrets, std::shared_ptr<KeyRing> keys)
    : m_db(db)
    , m_secrets(secrets)
    , m_keys(std::move(keys))
{
}

SecurityResult<RotationReport> KeyRotation::rotateDataKey()
{
    SecurityResult<RotationReport> result;
    RotationReport &report = result.value;
    const auto rows = DataKeyRepository::live(m_db.connection());
    if (!rows.ok()) {
        result.error = SecurityError::fromStore(rows.error);
        return result;
    }
    report.resumed = std::any_of(rows.value.cbegin(), rows.value.cend(), [](const DataKeyRow &row) {
        return row.state == QLatin1String(DataKeyRepository::Retiring);
    });
    if (!report.resumed && (result.error = startGeneration(&report)).isError())
        return result;
    if ((result.error = resealAll(&report)).isError() || (result.error = retireOldKeys(&report)).isError())
        return result;
    report.keyId = m_keys->currentKeyId();
    report.kekId = m_keys->kekId();
    qCInfo(lcSecurity) << "data key rotation done: key" << report.keyId << "retired" << report.retiredKeys
                       << "rows" << report.rowsResealed << (report.resumed ? "(resumed)" : "");
    return result;
}

SecurityResult<RotationReport> KeyRotation::resealPending()
{
    SecurityResult<RotationReport> result;
    result.error = resealAll(&result.value);
    result.value.keyId = m_keys->currentKeyId();
    result.value.kekId = m_keys->kekId();
    return result;
}

SecurityError KeyRotation::startGeneration(RotationReport *report)
{
    Q_UNUSED(report)
    std::shared_ptr<const SecureKey> dek = SecureKey::random();
    const std::shared_ptr<const SecureKey> kek = m_keys->kek();
    if (!dek || !kek)
        return SecurityError::make(SecurityReason::CryptoUnavailable);
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    StoreError e;
    StoreResult<quint32> id;
    // The old key keeps opening its rows ('retiring') until they are re-sealed.
    if ((e = tx.begin()).isError() || (e = DataKeyRepository::markRetiring(db, m_keys->currentKeyId())).isError()
        || !(id = DataKeyRepository::nextId(db)).ok()
        || (e = DataKeyRepository::insertActive(db, id.value, m_keys->kekId(),
                                           KeyWrap::wrap(*kek, m_keys->kekId(), id.value, *dek)))
               .isError()
        || (e = tx.commit()).isError())
        return SecurityError::fromStore(e.isError() ? e : id.error);
    m_keys->addKey(id.value, dek, true);
    qCInfo(lcSecurity) << "new data key" << id.value;
    return {};
}

SecurityError KeyRotation::resealAll(RotationReport *report)
{
    for (;;) {
        qint64 done = 0;
        if (SecurityError e = resealBatch(&done); e.isError())
            return e;
        if (done == 0)
            return {};
        report->rowsResealed += done;
        ++report->batches;
        if (m_progress)
            m_progress(report->rowsResealed);
    }
}

SecurityError KeyRotation::resealBatch(qint64 *done)
{
    const QSqlDatabase db = m_db.connection();
    const SealedPayloadCodec codec(m_keys);
    const QByteArray header = SealedPayloadCodec::header(m_keys->currentKeyId());
    Transaction tx(db);
    if (StoreError e = tx.begin(); e.isError())
        return SecurityError::fromStore(e);
    SealedRowRepository rows(db);
    const StoreResult<QList<SealedRow>> pending = rows.notSealedUnder(header, m_batchSize);
    if (!pending.ok())
        return SecurityError::fromStore(pending.error);
    for (const SealedRow &row : pending.value) {
        if (row.codec != kPlain && row.codec != codec.name())
            return SecurityError::make(SecurityReason::RotationFailed,
                                       QStringLiteral("row %1 uses unknown codec %2").arg(row.id).arg(row.codec));
        QVariantList columns;
        for (int i = 0; i < 3; ++i) {
            const QVariant stored = row.columns.value(i);
            if (stored.isNull()) {
                columns.append(stored);
                continue;
            }
            const QByteArray context = payloadContext(PayloadColumn::all[i], row.receiptNumber);
            StoreResult<QByteArray> plain{stored.toByteArray(), {}};
            if (row.codec != kPlain)
                plain = codec.decode(plain.value, context);
            const StoreResult<QByteArray> sealed = plain.ok() ? codec.encode(plain.value, context) : plain;
            scrub(plain.value);
            if (!sealed.ok())
                return SecurityError::make(SecurityReason::RotationFailed,
                                           QStringLiteral("row %1: %2").arg(row.id).arg(sealed.error.detail));
            columns.append(sealed.value);
        }
        if (StoreError e = rows.reseal(row.id, codec.name(), columns); e.isError())
            return SecurityError::fromStore(e);
        ++*done;
    }
    if (StoreError e = tx.commit(); e.isError())
        return SecurityError::fromStore(e);
    return {};
}

SecurityError KeyRotation::retireOldKeys(RotationReport *report)
{
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (StoreError e = tx.begin(); e.isError())
        return SecurityError::fromStore(e);
    const auto rows = DataKeyRepository::live(db);
    if (!rows.ok())
        return SecurityError::fromStore(rows.error);
    const StoreResult<qint64> left =
        SealedRowRepository(db).countNotSealedUnder(SealedPayloadCodec::header(m_keys->currentKeyId()));
    if (!left.ok())
        return SecurityError::fromStore(left.error);
    // Rows written meanwhile with an old key (a process that had not seen
    // the new one): keep the old key; the next run picks them up.
    if (left.value != 0)
        return SecurityError::make(SecurityReason::RotationFailed,
                                   QStringLiteral("%1 rows still under an old key").arg(left.value));
    QList<quint32> retired;
    for (const DataKeyRow &row : rows.value) {
        if (row.state != QLatin1String(DataKeyRepository::Retiring))
            continue;
        if (StoreError e = DataKeyRepository::retire(db, row.keyId); e.isError())
            return SecurityError::fromStore(e);
        retired.append(row.keyId);
    }
    if (StoreError e = tx.commit(); e.isError())
        return SecurityError::fromStore(e);
    for (quint32 id : std::as_const(retired))
        m_keys->forgetKey(id);
    report->retiredKeys += retired;
    return {};
}

SecurityResult<RotationReport> KeyRotation::rotateKek()
{
    SecurityResult<RotationReport> result;
    const quint32 newId = m_keys->kekId() + 1;
    std::shared_ptr<const SecureKey> newKek = SecureKey::random();
    if (!newKek) {
        result.error = SecurityError::make(SecurityReason::CryptoUnavailable);
        return result;
    }
    // 1. The new KEK is safe in the keychain before any row depends on it.
    QByteArray secret = KeyWrap::encodeKek(newId, *newKek);
    SecretResult written = m_secrets.write(SecretName::DataKekNext, secret);
    if (!written.ok()) {
        scrub(secret);
        result.error = {written.error().reason, written.error().message, QStringLiteral("write data-kek-next")};
        return result;
    }
    // 2. Rewrap every live data key in one transaction.
    const QSqlDatabase db = m_db.connection();
    {
        Transaction tx(db);
        StoreError e = tx.begin();
        const auto rows = e.isError() ? StoreResult<QList<DataKeyRow>>{} : DataKeyRepository::live(db);
        if (!e.isError())
            e = rows.error;
        for (qsizetype i = 0; !e.isError() && i < rows.value.size(); ++i) {
            const quint32 keyId = rows.value.at(i).keyId;
            const std::shared_ptr<const SecureKey> dek = m_keys->key(keyId);
            if (!dek) {
                e = StoreError::make(StoreReason::QueryFailed, QStringLiteral("data key %1 not loaded").arg(keyId));
                break;
            }
            e = DataKeyRepository::rewrap(db, keyId, newId, KeyWrap::wrap(*newKek, newId, keyId, *dek));
        }
        if (!e.isError())
            e = tx.commit();
        if (e.isError()) {
            scrub(secret);
            m_secrets.remove(SecretName::DataKekNext);
            result.error = SecurityError::fromStore(e);
            return result;
        }
    }
    // From here the rows need the new KEK, whatever happens to step 3.
    m_keys->setKek(newId, newKek);
    // 3. Promote it. If this fails, KeyRing::open finishes the job next time.
    written = m_secrets.write(SecretName::DataKek, secret);
    scrub(secret);
    if (!written.ok()) {
        result.error = SecurityError::make(SecurityReason::RotationFailed, QStringLiteral("promote data-kek"));
        return result;
    }
    m_secrets.remove(SecretName::DataKekNext);
    result.value.keyId = m_keys->currentKeyId();
    result.value.kekId = newId;
    qCInfo(lcSecurity) << "kek rotation done: kek" << newId;
    return result;
}

} // namespace branch
