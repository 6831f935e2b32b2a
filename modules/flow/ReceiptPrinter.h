#pragma once

#include "FlowReason.h"
#include "ReceiptComposer.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace branch {

// Lays a composed receipt out as a file. The submission service calls it on
// its worker thread, after the request is stored: a receipt that cannot be
// written never undoes a stored request (the customer still has the number
// on screen). Implementations must be safe to call from that thread.
// PdfReceiptPrinter (branch_flow_pdf) is the kiosk's; tests use their own.
// Paper comes later: the kiosk sends the file to the receipt printer through
// modules/printing (Printer, PrintQueue), off the GUI thread.
class ReceiptPrinter
{
public:
    virtual ~ReceiptPrinter();
    // The path written, or why not (a ReceiptReason code, translated
    // message). `signaturePng` is empty when the service takes no signature.
    virtual Result<QString, FlowError> print(const ReceiptContent &content, const QByteArray &signaturePng,
                                             const QString &path) const = 0;
};

} // namespace branch
