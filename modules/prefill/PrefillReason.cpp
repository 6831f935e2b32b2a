#include "PrefillReason.h"

namespace branch {

QStringList PrefillReason::all()
{
    return {Malformed, NotOurs, BadSignature, UnknownKey, Expired, WrongBranch, AlreadyUsed, InUse, UnknownService,
            UnsupportedVersion};
}

QString PrefillMessages::message(const QString &reason)
{
    using namespace PrefillReason;
    if (reason == Malformed)
        return tr("This prefill code cannot be read. Please show it again, or type the short code.");
    if (reason == NotOurs)
        return tr("This is not a prefill code from our bank. Please show the e-Tongban code on your phone.");
    if (reason == BadSignature)
        return tr("This prefill code has been changed and cannot be used. Please fill in the form here.");
    if (reason == UnknownKey)
        return tr("This prefill code was signed with a key this counter does not know. Please ask staff for help.");
    if (reason == Expired)
        return tr("This prefill code has expired. Please fill in the form again on your phone or here.");
    if (reason == WrongBranch)
        return tr("This prefill code was made for another branch. Please fill in the form here.");
    if (reason == AlreadyUsed)
        return tr("This prefill code has already been used.");
    if (reason == InUse)
        return tr("This prefill is open at another counter. Please finish there, or try again in 15 minutes.");
    if (reason == UnknownService)
        return tr("The service of this prefill code is not offered at this counter.");
    if (reason == UnsupportedVersion)
        return tr("This prefill code is from a newer version. Please ask staff for help.");
    return tr("This prefill code cannot be used (%1).").arg(reason);
}

} // namespace branch
