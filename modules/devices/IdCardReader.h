#pragma once

#include "IdCard.h"

#include <chrono>

namespace branch {

// The resident ID card reader in the kiosk (GA 467-2013, a SAM module behind
// a vendor library). Implementations: SimulatedIdCardReader (demo cards from
// a folder) and VendorIdCardReader (a vendor library through the documented
// C interface in vendor/branch_idcard_vendor.h). Chosen in main.cpp.
class IdCardReader
{
public:
    virtual ~IdCardReader();

    // Blocks until a card is read or `timeout` has passed; call it off the GUI
    // thread. Fails with no_card, card_unreadable or reader_unavailable. The
    // card's own checks (checkIdCard) are the caller's.
    virtual Result<IdCard> read(std::chrono::milliseconds timeout) = 0;
    // For logs and the staff page: "simulator demo-cards/ (4 cards)".
    virtual QString description() const = 0;
};

} // namespace branch
