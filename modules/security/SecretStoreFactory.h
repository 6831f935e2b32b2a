#pragma once

#include "SecretStore.h"

#include <QString>

#include <memory>

namespace branch {

struct SecretStoreOptions
{
    // Non-empty only when the operator explicitly asked for insecure
    // development secrets (e.g. --dev-insecure-secrets DIR).
    QString developmentDirectory;
    int keychainTimeoutMs = 10000;
};

// The store, or why not ("no_keychain" when refused).
using SecretStoreOpenResult = Result<std::unique_ptr<SecretStore>, SecurityError>;

// The system keychain when one answers; the development file store only when
// asked for; otherwise a refusal. Never a silent plaintext fallback.
SecretStoreOpenResult openSecretStore(const SecretStoreOptions &options);

} // namespace branch
