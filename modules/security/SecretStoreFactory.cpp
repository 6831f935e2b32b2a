#include "SecretStoreFactory.h"

#include "DevelopmentSecretStore.h"
#include "KeychainSecretStore.h"
#include "SecurityError.h"
#include "SecurityLogging.h"

namespace branch {

SecretStoreOpenResult openSecretStore(const SecretStoreOptions &options)
{
    SecretStoreOpenResult result;
    if (!options.developmentDirectory.isEmpty()) {
        result.store = std::make_unique<DevelopmentSecretStore>(options.developmentDirectory);
        return result;
    }
    auto keychain = std::make_unique<KeychainSecretStore>(options.keychainTimeoutMs);
    const SecretResult probed = keychain->probe();
    if (!probed.ok()) {
        qCWarning(lcSecurity) << "refusing to start without a keychain:" << probed.reason;
        result.reason = probed.reason;
        result.message = probed.message;
        return result;
    }
    result.store = std::move(keychain);
    return result;
}

} // namespace branch
