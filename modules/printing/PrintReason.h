#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace branch {

// Why a receipt did not come out of the printer. Callers and tests compare
// the codes; PrintMessages words them for the customer.
namespace PrintReason {
inline constexpr QLatin1String NoPrinter{"no_printer"};                 // none chosen, and no CUPS default
inline constexpr QLatin1String NotFound{"printer_not_found"};           // the queue does not exist
inline constexpr QLatin1String Unavailable{"printing_unavailable"};     // the CUPS server cannot be reached
inline constexpr QLatin1String OutOfPaper{"printer_out_of_paper"};      // media-empty, media-needed
inline constexpr QLatin1String Offline{"printer_offline"};              // offline-report, device unreachable
inline constexpr QLatin1String Paused{"printer_paused"};                // stopped (cupsdisable, a fault)
inline constexpr QLatin1String NotAccepting{"printer_not_accepting"};   // rejecting jobs (cupsreject)
inline constexpr QLatin1String JobFailed{"print_job_failed"};           // aborted, canceled, held
inline constexpr QLatin1String Timeout{"print_timeout"};                // not done within the wait
inline constexpr QLatin1String DocumentMissing{"print_document_missing"}; // no file to print
} // namespace PrintReason

struct PrintMessages
{
    Q_DECLARE_TR_FUNCTIONS(branch::PrintMessages)
public:
    // The customer's sentence for a PrintReason code; "" for an unknown code.
    static QString messageFor(const QString &reason);
    // Whether trying again can help once staff have acted (paper loaded,
    // printer resumed); not when there is no printer or nothing to print.
    static bool retryable(const QString &reason);
};

} // namespace branch
