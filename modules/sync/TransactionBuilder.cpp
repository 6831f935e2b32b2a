#include "TransactionBuilder.h"

namespace branch {

TransactionBuilder::TransactionBuilder(Database &db, const Clock &clock, const PayloadCodec &codec)
    : m_submissions(db, clock, codec, m_unusedKeys, SubmissionSettings{})
{
}

StoreResult<CoreTransaction> TransactionBuilder::build(const OutboxEntry &entry) const
{
    StoreResult<CoreTransaction> result;
    const auto found = m_submissions.find(entry.receiptNumber);
    if (!found.ok()) {
        result.error = found.error;
        return result;
    }
    if (!found.value) {
        result.error = StoreError::make(OutboxReason::NotFound,
                                        QStringLiteral("submission of outbox entry %1").arg(entry.id));
        return result;
    }
    const StoredSubmission &s = *found.value;
    CoreTransaction &tx = result.value;
    tx.key = entry.idempotencyKey;
    tx.orderingKey = entry.orderingKey;
    tx.sequence = entry.id;
    tx.serviceId = s.serviceId;
    tx.receiptNo = s.receiptNumber;
    tx.createdAt = s.createdAt;
    tx.amount = s.amount;
    tx.payload = s.fields;
    tx.prefillReference = s.prefillReference;
    tx.paymentKey = s.paymentKey;
    tx.authorization = s.authorization;
    return result;
}

} // namespace branch
