#include "DeviceSecrets.h"

#include "SecureKey.h"

namespace branch {

Result<DeviceSecrets, SecurityError> DeviceSecrets::read(SecretStore &store)
{
    DeviceSecrets secrets;
    const SecretResult credential = store.read(QString(SecretName::DeviceCredential));
    if (!credential.ok()) {
        if (credential.reason() == SecurityReason::SecretNotFound)
            return SecurityError::make(SecurityReason::DeviceNotEnrolled);
        return credential.error();
    }
    secrets.credential = credential.value();
    for (const auto &[name, target] : {std::pair{SecretName::DeviceCertificate, &secrets.certificate},
                                       std::pair{SecretName::DeviceKey, &secrets.privateKey}}) {
        const SecretResult read = store.read(QString(name));
        if (!read.ok() || read.value().isEmpty()) {
            secrets.scrub();
            if (read.ok() || read.reason() == SecurityReason::SecretNotFound)
                return SecurityError::make(SecurityReason::DeviceCertificateMissing);
            return read.error();
        }
        *target = read.value();
    }
    return secrets;
}

SecretResult DeviceSecrets::write(SecretStore &store) const
{
    // Core replaced the old credential at this enrolment anyway.
    if (SecretResult removed = store.remove(QString(SecretName::DeviceCredential)); !removed.ok())
        return removed;
    for (const auto &[name, value] : {std::pair{SecretName::DeviceKey, &privateKey},
                                      std::pair{SecretName::DeviceCertificate, &certificate},
                                      std::pair{SecretName::DeviceCredential, &credential}}) {
        if (SecretResult written = store.write(QString(name), *value); !written.ok())
            return written;
    }
    return QByteArray();
}

void DeviceSecrets::scrub()
{
    branch::scrub(credential);
    branch::scrub(certificate);
    branch::scrub(privateKey);
}

} // namespace branch
