#pragma once

#include "PrefillKeys.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace branch {

class SecretStore;

// What a kiosk holds to read prefill tokens: core's public token keys, its
// branch id, and the branch's X25519 secret key for offline tokens. Kept in
// the keychain as one entry ("prefill-keys"), so a kiosk with no network
// still reads offline tokens; never in a plaintext file.
struct PrefillKeyring
{
    QString branch;
    QHash<quint32, QByteArray> publicKeys;
    std::optional<BranchBoxKey> branchKey;

    static constexpr QLatin1String SecretName{"prefill-keys"};

    bool isEmpty() const { return publicKeys.isEmpty(); }
    // not_found when the kiosk never fetched them; a SecurityReason otherwise.
    static Result<PrefillKeyring> load(SecretStore &secrets);
    Result<void> save(SecretStore &secrets) const;
    static PrefillKeyring from(const QString &branch, const QList<QByteArray> &signingKeys,
                               const QByteArray &branchSecretKey);
};

} // namespace branch
