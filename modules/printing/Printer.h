#pragma once

#include "Result.h"

#include <QMetaType>
#include <QString>

#include <functional>

namespace branch {

// Where a job is on its way to paper; reported as it changes.
enum class PrintStage {
    Sending,  // to the printing system
    Queued,   // waiting in the printer's queue
    Printing, // the printer is working on it
};

// One document to print: a PDF file, already laid out for the paper.
struct PrintJob
{
    QString documentPath;
    QString title; // the job's name in the queue: a receipt number, never personal data
};

// A job that came out of the printer.
struct PrintedJob
{
    QString printer; // the queue that printed it
    int jobId = 0;   // the printing system's id; 0 when it has none
};

// The receipt printer, outside our system: CUPS on a kiosk (CupsPrinter), a
// simulator for demos and tests (SimulatedPrinter). Chosen when the kiosk is
// assembled. print() blocks until the job is out of the printer, has failed,
// or the printer's own bounded wait is over, so callers run it off the GUI
// thread (PrintQueue). Implementations must be safe to call from a thread
// other than the one that made them, one job at a time.
class Printer
{
public:
    using Progress = std::function<void(PrintStage)>;

    virtual ~Printer();

    // The printed job, or why not: a PrintReason code, and a detail for the
    // log (a queue name, the printing system's own words; never content).
    virtual Result<PrintedJob> print(const PrintJob &job, const Progress &progress = {}) = 0;
};

} // namespace branch

Q_DECLARE_METATYPE(branch::PrintStage)
