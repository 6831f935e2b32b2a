#pragma once

#include "SecretStoreFactory.h"
#include "SecurityError.h"

#include <memory>

namespace branch {

class Database;
class KeyRing;
class PayloadCodec;

// Everything a process needs to read and write sealed submissions: the secret
// store, the data keys it unwraps, and the codec built on them. Rows still on
// an older codec are re-sealed first, because the repository refuses to read a
// row written with a codec other than its own.
struct Sealing
{
    std::unique_ptr<SecretStore> secrets;
    std::shared_ptr<KeyRing> keys;
    std::unique_ptr<PayloadCodec> codec;
};

// The kiosk, `branchctl submit` and `branchctl sync run` all open sealing
// this way, so none of them can fall back to storing personal data plain.
SecurityResult<std::shared_ptr<Sealing>> openSealing(Database &db, const SecretStoreOptions &options);

} // namespace branch
