// Feeds arbitrary bytes to the offline token's sealed payload: as a sealed
// box (which no fuzzer input opens without the key) and, past the box, to the
// inflate-and-JSON half directly. No crash, no bomb (the inflated size is
// bounded before inflating), and every refusal has a documented reason.
#include "OfflinePayload.h"
#include "PrefillReason.h"

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
    static const branch::BranchBoxKey key = *branch::BranchBoxKey::generate();
    const branch::Result<QJsonObject> opened = branch::OfflinePayload::open(bytes, key);
    require(!opened.ok() && branch::PrefillReason::all().contains(opened.reason()));

    const branch::Result<QJsonObject> inflated = branch::OfflinePayload::inflate(bytes);
    if (inflated.ok()) {
        for (auto it = inflated.value().constBegin(); it != inflated.value().constEnd(); ++it)
            require(it.value().isString());
        // What inflates also seals and opens again, unchanged.
        const QByteArray sealed = branch::OfflinePayload::seal(inflated.value(), key.publicKey());
        require(!sealed.isEmpty());
        require(branch::OfflinePayload::open(sealed, key).value() == inflated.value());
    } else {
        require(inflated.reason() == branch::PrefillReason::Malformed);
    }
    return 0;
}
