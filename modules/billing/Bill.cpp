#include "Bill.h"

namespace branch {

QString BillLookupResult::messageFor(const QString &reason)
{
    using namespace BillReason;
    if (reason == Ok)
        return {};
    if (reason == UnknownBiller)
        return tr("This biller is not available at this branch.");
    if (reason == UnknownAccount)
        return tr("No account with this number was found. Please check the number on your bill.");
    if (reason == NoOutstandingBill)
        return tr("There is nothing to pay on this account right now.");
    if (reason == InvalidAccountFormat)
        return tr("This number does not have the right format for this biller.");
    return tr("The bill could not be looked up.");
}

} // namespace branch
