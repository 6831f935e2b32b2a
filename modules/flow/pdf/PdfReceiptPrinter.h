#pragma once

#include "ReceiptPrinter.h"
#include "ReceiptWriter.h"

namespace branch {

class ReceiptDocument;

// The kiosk's receipt printer: a one-page PDF through ReceiptWriter
// (modules/receipt, QtGui), with the signature and the QR code, in large
// type when the content asks for it (care mode). The kiosk lays it out for
// the 80 mm roll; modules/printing sends the file to the printer. Lives in
// branch_flow_pdf so branch_flow itself stays QtCore only. QPdfWriter paints
// off the GUI thread, so this runs on the submission worker.
class PdfReceiptPrinter final : public ReceiptPrinter
{
public:
    explicit PdfReceiptPrinter(ReceiptWriter::Paper paper = ReceiptWriter::Paper::A6);

    Result<QString, FlowError> print(const ReceiptContent &content, const QByteArray &signaturePng,
                                     const QString &path) const override;

    // The document ReceiptWriter lays out; values arrive masked already.
    static ReceiptDocument document(const ReceiptContent &content, const QByteArray &signaturePng);

private:
    ReceiptWriter::Paper m_paper;
};

} // namespace branch
