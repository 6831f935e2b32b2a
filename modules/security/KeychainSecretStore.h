#pragma once

#include "SecretStore.h"

namespace branch {

// Secrets in the system keychain (Secret Service on Linux) through
// QtKeychain, under the service "branchsuite". Each call runs its job to the
// end on a local event loop, bounded by a timeout, so callers get a plain
// result. Never falls back to a plaintext file.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr int DefaultTimeoutMs = 10000;
    static QString serviceName() { return QStringLiteral("branchsuite"); }

    explicit KeychainSecretStore(int timeoutMs = DefaultTimeoutMs);

    SecretResult read(const QString &name) override;
    SecretResult write(const QString &name, const QByteArray &value) override;
    SecretResult remove(const QString &name) override;
    QString backend() const override;

    // Writes and removes a throwaway entry: proves a keychain is there,
    // unlocked and writable. Fails with "no_keychain" otherwise.
    SecretResult probe();

private:
    int m_timeoutMs;
};

} // namespace branch
