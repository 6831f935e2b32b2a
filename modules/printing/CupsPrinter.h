#pragma once

#include "Printer.h"

#include <QString>

namespace branch {

struct CupsPrinterOptions
{
    // The CUPS queue; "": the default destination (lpoptions, then the
    // server's), looked up at each print, so a default set later is used.
    QString queue;
    // The CUPS server: "" for libcups's own choice (CUPS_SERVER,
    // client.conf, /run/cups/cups.sock), a socket path ("/run/x.sock"), or
    // "host[:port]".
    QString server;
    int connectTimeoutMs = 5'000;
    // How long print() waits for the job to be completed before it cancels it.
    int completionTimeoutMs = 30'000;
    // How long out of paper or offline must hold before the job is given up
    // (see JobWatch).
    int conditionGraceMs = 2'000;
    int pollIntervalMs = 100; // the longest pause between two looks at the job
};

// Prints through Debian's printing system with libcups, over IPP:
//  1. the printer's state: a stopped printer or one rejecting jobs is not
//     sent a job that would print later, for whoever stands there then;
//  2. Create-Job and Send-Document with the PDF (application/pdf);
//  3. Get-Job-Attributes and the printer's state reasons, until the job is
//     completed, has failed, or the wait is over (JobWatch decides). A job
//     that will not print now is canceled, so no receipt comes out later.
// Each print opens its own connection, so it may run on any one thread.
// A stop requested on the calling QThread cancels the job being waited on.
class CupsPrinter final : public Printer
{
public:
    explicit CupsPrinter(CupsPrinterOptions options);

    Result<PrintedJob> print(const PrintJob &job, const Progress &progress = {}) override;

    const CupsPrinterOptions &options() const { return m_options; }

private:
    CupsPrinterOptions m_options;
};

} // namespace branch
