#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringList>

namespace branch {

// Why a prefill token or short code was refused: the stable codes that
// `branchctl prefill read`, core's API and the scan screen share.
namespace PrefillReason {
inline constexpr QLatin1String Malformed{"malformed"};         // ETB1. but not a well-formed token
inline constexpr QLatin1String NotOurs{"not_ours"};             // a payment code, a web address
inline constexpr QLatin1String BadSignature{"bad_signature"};   // altered or forged
inline constexpr QLatin1String UnknownKey{"unknown_key"};       // signed with a key this kiosk does not hold
inline constexpr QLatin1String Expired{"expired"};
inline constexpr QLatin1String WrongBranch{"wrong_branch"};     // issued for another branch or region
inline constexpr QLatin1String AlreadyUsed{"already_used"};     // replayed
inline constexpr QLatin1String InUse{"in_use"};                 // claimed by another kiosk
inline constexpr QLatin1String UnknownService{"unknown_service"};
inline constexpr QLatin1String UnsupportedVersion{"unsupported_version"};

QStringList all();
} // namespace PrefillReason

// The sentence for a refusal, in the current language, for the customer at
// the kiosk: what happened and what to do.
class PrefillMessages
{
    Q_DECLARE_TR_FUNCTIONS(branch::PrefillMessages)
public:
    static QString message(const QString &reason);
};

} // namespace branch
