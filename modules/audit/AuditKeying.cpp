#include "AuditKeying.h"

#include "AuditChainKey.h"
#include "AuditLog.h"
#include "AuditLogging.h"
#include "AuditRepository.h"
#include "Database.h"
#include "SecretStore.h"
#include "SecureKey.h"
#include "Transaction.h"

namespace branch {
namespace {

// Null value and no error: the store holds no key.
AuditKeyResult readKey(SecretStore &secrets)
{
    AuditKeyResult result;
    SecretResult read = secrets.read(QString(SecretName::AuditChainKey));
    if (read.reason() == QLatin1String(SecurityReason::SecretNotFound))
        return result;
    if (!read.ok()) {
        result.error = read.error();
        return result;
    }
    QByteArray bytes = std::move(read).value();
    result.value = AuditChainKey::decode(bytes);
    if (!result.value)
        result.error = SecurityError::make(SecurityReason::AuditKeyInvalid);
    return result;
}

AuditEvent switchEvent(const QString &actor, qint64 keyedFrom, const AuditVerification &legacy)
{
    AuditEvent event;
    event.kind = QString(AuditKind::KeyRotation);
    event.actor = actor;
    event.subject = AuditSubject::named(QStringLiteral("keyed_from"), keyedFrom);
    event.details = AuditDetails()
                        .rotated(QStringLiteral("audit_chain"))
                        .reason(legacy.intact() ? QStringLiteral("legacy_chain_intact") : legacy.reason);
    return event;
}

} // namespace

AuditKeyResult readAuditKey(SecretStore &secrets)
{
    AuditKeyResult result = readKey(secrets);
    if (result.ok() && !result.value)
        result.error = SecurityError::make(SecurityReason::AuditKeyMissing);
    return result;
}

AuditKeyResult openAuditKey(Database &db, SecretStore &secrets, const Clock &clock, const QString &actor)
{
    AuditKeyResult result = readKey(secrets);
    if (!result.ok() || result.value)
        return result;
    if (!ensureSodium()) {
        result.error = SecurityError::make(SecurityReason::CryptoUnavailable);
        return result;
    }
    Transaction tx(db.connection());
    if (const StoreError e = tx.begin(); e.isError()) {
        result.error = SecurityError::fromStore(e);
        return result;
    }
    // Another process may have keyed the chain while we waited for the lock.
    result = readKey(secrets);
    if (!result.ok() || result.value)
        return result;

    const StoreResult<AuditVerification> legacy = AuditLog(db, clock, nullptr).verify();
    const StoreResult<AuditTail> tail = AuditRepository(db.connection()).tail();
    if (!legacy.ok() || !tail.ok()) {
        result.error = SecurityError::fromStore(legacy.ok() ? tail.error : legacy.error);
        return result;
    }
    const qint64 keyedFrom = tail.value.lastId + 1;
    std::shared_ptr<const AuditChainKey> key = AuditChainKey::generate(keyedFrom);
    if (!key) {
        result.error = SecurityError::make(SecurityReason::CryptoUnavailable);
        return result;
    }
    QByteArray encoded = key->encode();
    const SecretResult written = secrets.write(QString(SecretName::AuditChainKey), encoded);
    scrub(encoded);
    if (!written.ok()) {
        result.error = written.error();
        return result;
    }
    if (!legacy.value.intact())
        qCWarning(lcAudit) << "keying an audit log that was already broken at row" << legacy.value.brokenRowId
                           << legacy.value.reason << "- the break stays reported";
    if (tail.value.lastId > 0) {
        const StoreResult<qint64> appended =
            AuditLog(db, clock, key).append(switchEvent(actor, keyedFrom, legacy.value), &tx);
        if (!appended.ok()) {
            // The key is stored: the next row is keyed whatever happens here.
            qCWarning(lcAudit) << "the switch to a keyed chain was not recorded:" << appended.error.reason;
        }
    }
    if (const StoreError e = tx.commit(); e.isError())
        qCWarning(lcAudit) << "the switch to a keyed chain was not recorded:" << e.reason;
    qCInfo(lcAudit) << "audit chain keyed from row" << keyedFrom << "in" << secrets.backend();
    result.value = std::move(key);
    return result;
}

} // namespace branch
