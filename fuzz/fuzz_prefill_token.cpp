// Feeds arbitrary text to the prefill token parser, as a kiosk's camera or a
// typed --text delivers it. Beyond "no crash": every refusal carries one of
// the documented reasons, and a token that parses re-encodes to a token that
// parses to the same fields (one spelling per token).
#include "Base32.h"
#include "PrefillReason.h"
#include "PrefillToken.h"

#include <QString>

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

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const branch::TokenSigner signer = *branch::TokenSigner::generate();
    branch::PrefillTokenPolicy policy;
    policy.publicKeys.insert(signer.keyId(), signer.publicKey());
    policy.scopes = {QStringLiteral("BR001")};
    policy.knownService = [](const QString &id) { return !id.isEmpty(); };
    policy.now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

    // As text (a QR code's payload), and as the binary body behind the prefix.
    const QString texts[] = {QString::fromUtf8(bytes),
                             QStringLiteral("ETB1.") + QString::fromLatin1(branch::Base32::encode(bytes))};
    for (const QString &text : texts) {
        const branch::Result<branch::PrefillToken> parsed = branch::PrefillTokenCodec::parse(text, policy);
        if (!parsed.ok()) {
            require(branch::PrefillReason::all().contains(parsed.reason()));
            continue;
        }
        // Only a token signed by `signer` can pass; the fuzzer cannot forge one.
        std::abort();
    }
    const branch::Result<branch::PrefillToken> decoded = branch::PrefillTokenCodec::decode(texts[1]);
    if (decoded.ok()) {
        const QString again = branch::PrefillTokenCodec::encode(decoded.value(), signer);
        const branch::Result<branch::PrefillToken> reparsed = branch::PrefillTokenCodec::decode(again);
        require(reparsed.ok());
        require(reparsed->reference == decoded->reference && reparsed->serviceId == decoded->serviceId
                && reparsed->branch == decoded->branch && reparsed->sealedPayload == decoded->sealedPayload);
    }
    return 0;
}
