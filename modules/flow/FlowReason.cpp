#include "FlowReason.h"

namespace branch {

FlowError FlowError::of(QLatin1String reason)
{
    return {QString(reason), FlowMessages::messageFor(reason)};
}

QString FlowMessages::messageFor(const QString &reason)
{
    using namespace FlowReason;
    if (reason == NoBillLookup)
        return tr("This service does not look up a bill.");
    if (reason == InvalidForm)
        return tr("Some answers need to be corrected before the request can be stored.");
    if (reason == NeedsConfirmation)
        return tr("Some answers are unusual. Please confirm them before the request is stored.");
    if (reason == AmountUnknown)
        return tr("The amount could not be worked out. Please ask at the service desk.");
    if (reason == SignatureMissing)
        return tr("Please sign in the box before you submit.");
    if (reason == PaymentMissing)
        return tr("This request is saved only after its payment. Please pay with your card first.");
    if (reason == AuthorizationMissing)
        return tr("This amount needs a supervisor's authorization before the request is saved.");
    if (reason == NotReady)
        return tr("Requests cannot be saved at this counter right now. Please ask at the service desk.");
    if (reason == InvalidActor)
        return tr("A staff or operator id is needed: a letter, then letters, digits, \".\", \"_\" or \"-\", at most 32.");
    if (reason == NoReceiptDirectory)
        return tr("The receipt could not be saved as a file.");
    return {};
}

} // namespace branch
