// Feeds arbitrary bytes to every ResponseParser entry point (batch, lookup,
// reference, enrolment, audit anchor), as if core (or anything in between)
// had sent them. Beyond "no crash", it checks what the
// relay relies on: an accepted batch has exactly one result per key sent, in
// order, each with a complete outcome; a refused one has a reason and no
// results at all, so nothing in it can be acted on.

#include "ResponseParser.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

const QStringList &requestKeys()
{
    static const QStringList keys{QStringLiteral("0123456789abcdef0123456789abcdef"),
                                  QStringLiteral("fedcba9876543210fedcba9876543210")};
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const branch::ResponseParser parser(64 * 1024);

    const branch::BatchReply batch = parser.parseBatch(bytes, requestKeys());
    if (batch.ok()) {
        require(batch.results.size() == requestKeys().size());
        require(batch.serverTime.isValid());
        for (qsizetype i = 0; i < batch.results.size(); ++i) {
            const branch::CoreResult &r = batch.results.at(i);
            require(r.key == requestKeys().at(i));
            if (r.outcome == branch::CoreOutcome::Applied)
                require(!r.coreRef.isEmpty() && r.appliedAt.isValid());
            else
                require(branch::ResponseParser::isReasonCode(r.reason));
        }
    } else {
        require(batch.status == branch::ReplyStatus::BadResponse);
        require(!batch.reason.isEmpty());
        require(batch.results.isEmpty());
    }

    const branch::LookupReply lookup = parser.parseLookup(bytes, requestKeys().constFirst());
    require(!lookup.ok() || lookup.result.key == requestKeys().constFirst());
    const branch::ReferenceReply reference = parser.parseReference(bytes, QStringLiteral("catalog"));
    require(!reference.ok() || reference.version >= 0);
    const branch::EnrollReply enroll = parser.parseEnroll(bytes, QStringLiteral("K001"));
    require(!enroll.ok() || (enroll.secret.size() == 43 && enroll.certificate.startsWith("-----BEGIN CERTIFICATE-----")));
    // An anchor is complete when accepted (its signature is the caller's to
    // check), and a refused one carries no flag to act on.
    const branch::AnchorReply anchor = parser.parseAnchor(bytes);
    if (anchor.ok()) {
        require(branch::AuditChain::isHexHash(anchor.anchor.statement.head));
        require(anchor.anchor.statement.sequence >= 0 && anchor.anchor.statement.anchoredAt.isValid());
        require(anchor.anchor.publicKey.size() == 32 && anchor.anchor.signature.size() == 64);
        require(!anchor.flag || branch::ResponseParser::isReasonCode(anchor.flag->reason));
        anchor.anchor.verify(); // arbitrary keys and signatures must not crash libsodium
    } else {
        require(anchor.status == branch::ReplyStatus::BadResponse && !anchor.reason.isEmpty() && !anchor.flag);
    }
    const QString code = branch::ResponseParser::errorCode(bytes);
    require(code.isEmpty() || branch::ResponseParser::isReasonCode(code));
    return 0;
}
