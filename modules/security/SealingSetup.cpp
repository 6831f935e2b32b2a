#include "SealingSetup.h"

#include "KeyRing.h"
#include "KeyRotation.h"
#include "SealedPayloadCodec.h"
#include "SecurityLogging.h"

namespace branch {

SecurityResult<std::shared_ptr<Sealing>> openSealing(Database &db, const SecretStoreOptions &options)
{
    SecurityResult<std::shared_ptr<Sealing>> result;
    SecretStoreOpenResult opened = openSecretStore(options);
    if (!opened.ok()) {
        result.error = opened.error();
        return result;
    }
    auto sealing = std::make_shared<Sealing>();
    sealing->secrets = std::move(opened).value();
    auto ring = KeyRing::open(db, *sealing->secrets);
    if (!ring.ok()) {
        result.error = ring.error;
        return result;
    }
    sealing->keys = ring.value;
    const auto resealed = KeyRotation(db, *sealing->secrets, sealing->keys).resealPending();
    if (!resealed.ok()) {
        result.error = resealed.error;
        return result;
    }
    sealing->codec = std::make_unique<SealedPayloadCodec>(sealing->keys);
    result.value = std::move(sealing);
    return result;
}

} // namespace branch
