#pragma once

#include "CoreMessages.h"
#include "IdempotencyKeySource.h"
#include "OutboxRepository.h"
#include "SubmissionRepository.h"

namespace branch {

// Turns an outbox entry and its submission into the transaction core
// receives. The submission's answers are decoded through the PayloadCodec
// here, just before they go on the wire, and nowhere else.
class TransactionBuilder
{
public:
    TransactionBuilder(Database &db, const Clock &clock, const PayloadCodec &codec);

    StoreResult<CoreTransaction> build(const OutboxEntry &entry) const;

private:
    RandomKeySource m_unusedKeys; // SubmissionRepository wants one; reading never makes keys
    SubmissionRepository m_submissions;
};

} // namespace branch
