#pragma once

#include <QString>
#include <QStringList>

namespace branch {

// IPP's numbers (RFC 8011), as CUPS reports them.
namespace IppPrinterState {
inline constexpr int Idle = 3;
inline constexpr int Processing = 4;
inline constexpr int Stopped = 5;
} // namespace IppPrinterState

namespace IppJobState {
inline constexpr int Pending = 3;
inline constexpr int Held = 4;
inline constexpr int Processing = 5;
inline constexpr int Stopped = 6;
inline constexpr int Canceled = 7;
inline constexpr int Aborted = 8;
inline constexpr int Completed = 9;
} // namespace IppJobState

// What the printing system says about a printer: printer-state,
// printer-state-reasons and printer-is-accepting-jobs.
struct PrinterCondition
{
    int state = IppPrinterState::Idle;
    QStringList reasons; // keywords, with their -error/-warning/-report suffix
    bool accepting = true;

    // Whether a reason with this keyword is set, whatever its suffix:
    // "media-empty" matches "media-empty-error".
    bool has(const QString &keyword) const;
};

// The verdict on a job after one look at it and its printer.
struct JobCheck
{
    bool finished = false;
    QString reason; // a PrintReason when it finished without printing
};

// Decides what a sent job's state means, from repeated looks at the job and
// its printer. Pure, so each rule is tested without a printing system.
//
// A printer that has stopped (paused by staff, or by a fault) fails the job at
// once: it will not print until someone acts. Out of paper and offline fail
// it only once they have held for `graceMs` while the job waits or prints:
// CUPS keeps the reason a backend set until the backend runs again, so a
// printer refilled after the last job still says "media-empty" until this
// job's backend clears it.
class JobWatch
{
public:
    explicit JobWatch(qint64 graceMs);

    // Why a job must not be sent at all ("" when it may): a stopped printer
    // or one rejecting jobs would keep it waiting, to print later for
    // whoever stands there then.
    static QString refusal(const PrinterCondition &printer);

    // `nowMs` from a steady clock.
    JobCheck look(int jobState, const PrinterCondition &printer, qint64 nowMs);

    // The wait is over: the likeliest reason the job is not done.
    QString timedOut(const PrinterCondition &printer) const;

private:
    static QString holdUp(const PrinterCondition &printer);

    qint64 m_graceMs;
    QString m_heldUpBy;
    qint64 m_heldUpSinceMs = 0;
};

} // namespace branch
