#include "SecurityError.h"

namespace branch {

SecurityError SecurityError::make(QLatin1String reason, const QString &detail)
{
    SecurityError e;
    e.reason = reason;
    e.message = messageFor(e.reason);
    e.detail = detail;
    return e;
}

SecurityError SecurityError::fromStore(const StoreError &error)
{
    return {error.reason, error.message, error.detail};
}

QString SecurityError::messageFor(const QString &reason)
{
    using namespace SecurityReason;
    if (reason == NoKeychain)
        return tr("No system keychain is available, so personal data cannot be protected. "
                  "Start the keychain service, or use the development option on a test machine only.");
    if (reason == KeychainFailed)
        return tr("The system keychain refused the request.");
    if (reason == KeychainTimeout)
        return tr("The system keychain did not answer in time.");
    if (reason == SecretNotFound)
        return tr("The secret is not in the keychain.");
    if (reason == SecretInvalidName)
        return tr("The secret name is not valid.");
    if (reason == SecretFileFailed)
        return tr("The development secret file could not be read or written.");
    if (reason == CryptoUnavailable)
        return tr("The encryption library could not be started.");
    if (reason == KekMissing)
        return tr("The key that protects stored personal data is missing from the keychain. "
                  "Stored data cannot be read until it is restored.");
    if (reason == KekInvalid)
        return tr("The key that protects stored personal data is damaged.");
    if (reason == KeyUnwrapFailed)
        return tr("A stored data key could not be opened with the keychain's key.");
    if (reason == DeviceNotEnrolled)
        return tr("This kiosk is not enrolled with core; run \"branchctl device enroll\".");
    if (reason == DeviceCertificateMissing)
        return tr("This kiosk was enrolled before core asked for device certificates. "
                  "Enrol it again: \"branch-core device add ID\" on core, then \"branchctl device enroll\" here.");
    if (reason == RotationFailed)
        return tr("Key rotation stopped before it finished. All data stays readable; run it again.");
    if (reason == AuditKeyMissing)
        return tr("The key of the audit log is not in the keychain, so the audit log cannot be checked or extended.");
    if (reason == AuditKeyInvalid)
        return tr("The key of the audit log in the keychain is damaged.");
    return tr("A security operation failed.");
}

} // namespace branch
