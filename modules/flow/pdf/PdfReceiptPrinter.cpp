#include "PdfReceiptPrinter.h"

#include "ReceiptDocument.h"

#include <QImage>

namespace branch {

PdfReceiptPrinter::PdfReceiptPrinter(ReceiptWriter::Paper paper)
    : m_paper(paper)
{
}

ReceiptDocument PdfReceiptPrinter::document(const ReceiptContent &content, const QByteArray &signaturePng)
{
    ReceiptDocument document;
    document.bankName = content.bankName;
    document.branchName = content.branchName;
    document.serviceName = content.serviceName;
    document.receiptNumber = content.receiptNumber;
    document.issuedAt = content.issuedAt;
    document.amount = content.amount;
    document.locale = content.locale;
    document.verificationPayload = content.verificationPayload;
    if (!signaturePng.isEmpty())
        document.signature = QImage::fromData(signaturePng, "PNG");
    for (const ReceiptItem &item : content.items)
        document.addField(item.label, item.value);
    return document;
}

Result<QString, FlowError> PdfReceiptPrinter::print(const ReceiptContent &content, const QByteArray &signaturePng,
                                                    const QString &path) const
{
    const ReceiptWriter writer(m_paper, content.largePrint ? ReceiptWriter::Print::Large : ReceiptWriter::Print::Standard);
    const ReceiptResult written = writer.write(document(content, signaturePng), path);
    if (!written.ok())
        return FlowError{written.reason, written.message};
    return path;
}

} // namespace branch
