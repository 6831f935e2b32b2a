// Feeds arbitrary bytes to the parser of the receipt-number epoch history, the
// small file beside the kiosk database that a damaged disk may garble
// (ReceiptEpoch.h). Beyond "no crash", it checks what ensure() relies on: a
// history that parses has epochs that only grow, valid days and blocks 0-9;
// written again it parses to the same; and a block chosen from it is either
// none (-1) or one no epoch alive on that day holds.

#include "ReceiptEpoch.h"

#include <QByteArray>
#include <QSet>

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
    using namespace branch;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ReceiptEpochs::parseHistory(bytes);
    if (!parsed.ok()) {
        require(parsed.value.isEmpty());
        require(parsed.error.reason == StoreReason::ReceiptEpochUnreadable);
        return 0;
    }
    for (qsizetype i = 0; i < parsed.value.size(); ++i) {
        const ReceiptEpoch &e = parsed.value.at(i);
        require(e.born.isValid() && e.block >= 0 && e.block < ReceiptEpoch::Blocks && e.epoch >= 0);
        require(i == 0 || e.epoch > parsed.value.at(i - 1).epoch);
    }
    const auto again = ReceiptEpochs::parseHistory(ReceiptEpochs::formatHistory(parsed.value));
    require(again.ok() && again.value == parsed.value);

    const QDate day(2026, 12, 4);
    const int block = ReceiptEpochs::chooseBlock(parsed.value, day);
    require(block >= -1 && block < ReceiptEpoch::Blocks);
    QSet<int> alive;
    for (const ReceiptEpoch &e : ReceiptEpochs::prune(parsed.value, day))
        alive.insert(e.block);
    require(block == -1 ? alive.size() == ReceiptEpoch::Blocks : !alive.contains(block));
    return 0;
}
