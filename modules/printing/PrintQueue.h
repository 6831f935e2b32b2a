#pragma once

#include "Printer.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace branch {

using PrintResult = Result<PrintedJob>;

// Prints off the GUI thread: a Printer's print() blocks until the job is out
// of the printer (or failed), so it runs on a thread of its own, one job at
// a time, in the order given. Every signal reaches the thread that owns this
// object, queued, so slots may touch the UI.
//
//   queue.print(job) -> ticket
//   progress(ticket, Sending), progress(ticket, Queued), ...
//   finished(ticket, result)   exactly once per ticket
class PrintQueue : public QObject
{
    Q_OBJECT
public:
    // A null printer finishes every job with PrintReason::NoPrinter.
    explicit PrintQueue(std::shared_ptr<Printer> printer, QObject *parent = nullptr);
    // Stops waiting: the job being waited on is canceled (a receipt must not
    // come out after the kiosk has gone), jobs not started finish unprinted.
    ~PrintQueue() override;

    // Call from the owner's thread. Never 0.
    qint64 print(const PrintJob &job);
    int inFlight() const { return m_inFlight; }
    bool hasPrinter() const { return m_printer != nullptr; }

Q_SIGNALS:
    void progress(qint64 ticket, branch::PrintStage stage);
    void finished(qint64 ticket, const branch::PrintResult &result);

private:
    void start();
    void run(qint64 ticket, const PrintJob &job);

    std::shared_ptr<Printer> m_printer;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: what jobs are run on
    qint64 m_lastTicket = 0;
    int m_inFlight = 0;
};

} // namespace branch

Q_DECLARE_METATYPE(branch::PrintResult)
