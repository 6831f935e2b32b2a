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

struct SecretStoreOpenResult
{
    std::unique_ptr<SecretStore> store; // null on failure
    QString reason;                     // "no_keychain" when refused
    QString message;                    // translated

    bool ok() const { return store != nullptr; }
};

// The system keychain when one answers; the development file store only when
// asked for; otherwise a refusal. Never a silent plaintext fallback.
SecretStoreOpenResult openSecretStore(const SecretStoreOptions &options);

} // namespace branch
