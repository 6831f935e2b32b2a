// Feeds arbitrary bytes to the payment parsers that read outside data: the
// PIN block parsers (formats 0 and 4; the first byte picks one), the track 2
// parser, and the payment request core parses. Beyond "no crash", it checks
// the promises callers rely on: a PIN that comes out has 4 to 12 ASCII
// digits, every refusal has a reason, and a parsed card rebuilds to a track
// that parses to the same card.

#include "CardData.h"
#include "Payment.h"
#include "PinBlock.h"
#include "TestCards.h"

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

void checkPin(const branch::Result<QByteArray> &pin)
{
    if (!pin.ok()) {
        require(!pin.reason().isEmpty());
        return;
    }
    require(pin.value().size() >= branch::PinBlock::MinPinLength);
    require(pin.value().size() <= branch::PinBlock::MaxPinLength);
    for (char c : pin.value())
        require(c >= '0' && c <= '9');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArray pan("6222020000000015");
    switch (data[0] % 4) {
    case 0:
        checkPin(branch::PinBlock::parseIso0(bytes, pan));
        checkPin(branch::PinBlock::parseIso0(bytes.left(8), bytes.mid(8, 19)));
        break;
    case 1:
        checkPin(branch::PinBlock::parseIso4Field(bytes));
        checkPin(branch::PinBlock::decryptIso4(bytes, pan, branch::TestCards::developmentPinKey()));
        checkPin(branch::PinBlock::decryptIso4(bytes.left(16), bytes.mid(16, 19), bytes.mid(35, 32)));
        break;
    case 2: {
        const branch::Result<branch::CardData> card = branch::CardData::parseTrack2(bytes);
        if (card.ok()) {
            const branch::Result<branch::CardData> again = branch::CardData::parseTrack2(card.value().toTrack2());
            require(again.ok());
            require(again.value().pan == card.value().pan);
            require(again.value().expiry == card.value().expiry);
        } else {
            require(!card.reason().isEmpty());
        }
        break;
    }
    default: {
        const branch::Result<branch::PaymentRequest> request =
            branch::PaymentRequest::fromJson(QJsonDocument::fromJson(bytes).object());
        if (request.ok()) {
            require(request.value().amount.fen() > 0);
            require(branch::PaymentRequest::isValidKey(request.value().key));
            require(request.value().pin.block.size() == branch::PinBlock::Iso4Size);
        } else {
            require(!request.reason().isEmpty());
        }
        break;
    }
    }
    return 0;
}
