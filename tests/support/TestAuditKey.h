#pragma once

// The audit chain's key for tests that write audit rows: what a new kiosk
// makes (keyed from the first row). Header-only: its users link
// branch_security themselves, as they do for the log.

#include "AuditChainKey.h"

#include <memory>

namespace branch::test {

inline std::shared_ptr<const AuditChainKey> auditKey(qint64 keyedFrom = 1)
{
    return AuditChainKey::generate(keyedFrom);
}

} // namespace branch::test
