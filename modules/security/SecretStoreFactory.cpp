#include "SecretStoreFactory.h"

#include "DevelopmentSecretStore.h"
#include "KeychainSecretStore.h"
#include "SecurityError.h"
#include "SecurityLogging.h"

namespace branch {

SecretStoreOpenResult openSecretStore(const SecretStoreOptions &options)
{
    if (!options.developmentDirectory.isEmpty())
        return std::unique_ptr<SecretStore>(std::make_unique<DevelopmentSecretStore>(options.developmentDirectory));
    auto keychain = std::make_unique<KeychainSecretStore>(options.keychainTimeoutMs);
    const SecretResult probed = keychain->probe();
    if (!probed.ok()) {
        qCWarning(lcSecurity) << "refusing to start without a keychain:" << probed.reason();
        return probed.error();
    }
    return std::unique_ptr<SecretStore>(std::move(keychain));
}

} // namespace branch
