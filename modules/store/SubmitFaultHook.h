#pragma once

#include "StoreError.h"

namespace branch {

// The points inside SubmissionRepository::submit, in order. Each is reached
// after the work it names is done inside the open transaction.
enum class SubmitStep {
    NumberAllocated,
    PayloadEncoded,
    SubmissionInserted,
    OutboxInserted,
    BeforeCommit,
};

// Lets a test make submit fail at any one point, to prove that a failure
// anywhere leaves neither the submission nor its outbox entry. Production
// code passes none.
class SubmitFaultHook
{
public:
    virtual ~SubmitFaultHook();
    // An error aborts the submission at that point.
    virtual StoreError check(SubmitStep step) = 0;
};

} // namespace branch
