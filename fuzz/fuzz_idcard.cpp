// Feeds arbitrary bytes to the two parsers of ID card data: the simulator's
// card files (IdCardFile) and a vendor shim's fixed-size record
// (VendorIdCardReader::fromVendor, which must never read past a field that
// has no terminating NUL). Beyond "no crash": a card that parses passes
// checkIdCard() or fails it with a reason, never both, and a usable card's
// holder is not born after today.

#include "IdCardFile.h"
#include "VendorIdCardReader.h"
#include "vendor/branch_idcard_vendor.h"

#include <QByteArray>
#include <QDate>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void check(const branch::Result<branch::IdCard> &card)
{
    if (!card.ok())
        return;
    const branch::Result<void> usable = branch::checkIdCard(card.value(), QDate(2026, 12, 6));
    require(usable.ok() == usable.reason().isEmpty());
    // A usable card was born by today: its number's birth date is checked.
    if (usable.ok())
        require(card.value().ageOn(QDate(2026, 12, 6)) >= 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(branch::IdCardFile::parse(bytes));

    // The same bytes as a shim's record, every field possibly unterminated.
    auto record = std::make_unique<branch_idcard_data>();
    std::memcpy(record.get(), data, std::min(size, sizeof(branch_idcard_data)));
    check(branch::VendorIdCardReader::fromVendor(*record));
    return 0;
}
