#pragma once

#include "AuditDetails.h"
#include "SecurityError.h"

#include <QString>

#include <memory>

namespace branch {

class AuditChainKey;
class Clock;
class Database;
class SecretStore;

using AuditKeyResult = SecurityResult<std::shared_ptr<const AuditChainKey>>;

// The audit chain's key, for processes that write audit rows (the kiosk,
// branchctl submit, sync run, outbox retry, keys rotate).
//
// The first time (no "audit-chain-key" in the SecretStore) it keys the chain,
// under the database's write lock so two processes cannot both make one:
//  1. the rows already there (plain SHA-256, from before keys) are checked
//     once, and the outcome is logged and recorded;
//  2. a new key is stored with its switch point: the row after the highest
//     id ever used;
//  3. when there were rows, a key_rotation row ("keyed_from:N") is appended
//     as the first keyed row; its hash covers the old head, so the old rows
//     are sealed under the key from then on.
// A damaged legacy chain does not stop the kiosk: its break stays visible to
// every later `audit verify`, since rows below the switch point are still
// checked with plain SHA-256. A lost key is never replaced silently: the
// keyed rows then fail that check.
AuditKeyResult openAuditKey(Database &db, SecretStore &secrets, const Clock &clock, const QString &actor);

// The key as stored, never making one: for checking (branchctl audit
// verify). audit_key_missing when the chain was never keyed.
AuditKeyResult readAuditKey(SecretStore &secrets);

} // namespace branch
