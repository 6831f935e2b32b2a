// Feeds arbitrary bytes to branch-core's batch request parser, the code that
// reads every POST /v1/transactions/batch body before authentication of its
// content, and to its audit anchor parser (POST /v1/audit/anchors). Beyond "no crash" it checks the promises the server relies on:
// a failure has a reason and a 400/413 status and no transactions; a success
// has 1..limit transactions, each with a valid key and a stable body hash;
// and the strict parser never accepts what QJsonDocument rejects.

#include "AnchorStatement.h"
#include "AnchorSubmission.h"
#include "BatchParser.h"
#include "StrictJson.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    branch::BatchLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    limits.maxTransactions = 8;
    const branch::BatchParse parsed = branch::parseBatch(body, limits);
    if (parsed.ok()) {
        require(parsed.reason.isEmpty());
        require(!parsed.transactions.isEmpty() && parsed.transactions.size() <= limits.maxTransactions);
        for (const branch::CoreTransaction &tx : parsed.transactions) {
            require(branch::isTransactionKey(tx.key));
            require(tx.bodySha256.size() == 64);
            require(branch::canonicalSha256(tx.object) == tx.bodySha256);
            if (tx.fieldReason.isEmpty() && tx.amountFen)
                require(*tx.amountFen >= 0);
        }
    } else {
        require(parsed.httpStatus == 400 || parsed.httpStatus == 413);
        require(!parsed.reason.isEmpty());
        require(parsed.transactions.isEmpty());
    }

    // The same bytes as a POST /v1/audit/anchors body: a success is within
    // every bound AnchorDesk relies on, a failure has a reason and nothing else.
    const branch::AnchorParse anchor = branch::parseAnchorSubmission(body);
    if (anchor.ok()) {
        const branch::AnchorSubmission &s = anchor.submission;
        require(s.sequence >= 0 && s.sequence <= branch::MaxSequence && s.from >= 0 && s.from <= branch::MaxSequence);
        require(branch::AuditChain::isHexHash(s.head));
        require(s.macs.size() % branch::AuditChain::HashSize == 0);
        require(s.macs.size() / branch::AuditChain::HashSize <= branch::AuditChain::MaxLinksPerAnchor);
        require(s.chainIntact ? s.brokenReason.isEmpty() : !s.brokenReason.isEmpty());
    } else {
        require(!anchor.reason.isEmpty() && anchor.submission.head.isEmpty() && anchor.submission.macs.isEmpty());
    }

    const branch::StrictJsonResult strict = branch::parseStrictJson(body, 8);
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (strict.ok())
        require(error.error == QJsonParseError::NoError);
    else
        require(!strict.reason.isEmpty() && strict.document.isNull());
    return 0;
}
