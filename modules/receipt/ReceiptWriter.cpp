#include "ReceiptWriter.h"

#include "QrCode.h"
#include "ReceiptLogging.h"

#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace branch {
namespace {

constexpr int kResolution = 300; // dots per inch; the printer's native density

int mm(double millimetres)
{
    return qRound(millimetres * kResolution / 25.4);
}

QFont font(double points, bool bold = false)
{
    QFont f(ReceiptWriter::fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    // Shaping Latin runs picks Noto CJK's alternate digit glyphs, which
    // QPdfWriter cannot map back to characters: copied or searched text, and
    // screen readers, would lose every digit of the receipt number.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Draws wrapped text across the page width and moves `y` below it.
void paragraph(QPainter &painter, int &y, int width, const QString &text, const QFont &f,
               Qt::Alignment align = Qt::AlignLeft)
{
    painter.setFont(f);
    const QRect box(0, y, width, 100000);
    const QRect used = painter.boundingRect(box, int(align) | Qt::TextWordWrap, text);
    painter.drawText(box, int(align) | Qt::TextWordWrap, text);
    y += used.height() + mm(0.8);
}

} // namespace

ReceiptWriter::ReceiptWriter(Paper paper)
    : m_paper(paper)
{
}

QPageSize ReceiptWriter::pageSize(Paper paper)
{
    if (paper == Paper::ThermalRoll80mm)
        return QPageSize(QSizeF(80, 200), QPageSize::Millimeter, QStringLiteral("Thermal 80mm"));
    return QPageSize(QPageSize::A6);
}

ReceiptResult ReceiptWriter::failure(QLatin1String reason)
{
    QString message;
    if (reason == ReceiptReason::Incomplete)
        message = tr("The receipt is missing its number or time.");
    else if (reason == ReceiptReason::QrFailed)
        message = tr("The receipt's verification code could not be made.");
    else
        message = tr("The receipt could not be saved.");
    return {reason, message};
}

ReceiptResult ReceiptWriter::write(const ReceiptDocument &document, QIODevice *device) const
{
    if (document.receiptNumber.isEmpty() || !document.issuedAt.isValid())
        return failure(ReceiptReason::Incomplete);
    const QImage qr = QrCode::render(document.verificationPayload);
    if (qr.isNull())
        return failure(ReceiptReason::QrFailed);
    if (!device || !device->isWritable())
        return failure(ReceiptReason::WriteFailed);

    QPdfWriter pdf(device);
    pdf.setResolution(kResolution);
    pdf.setPageSize(pageSize(m_paper));
    pdf.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
    pdf.setTitle(tr("Receipt %1").arg(document.receiptNumber));
    pdf.setCreator(QStringLiteral("BranchSuite"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return failure(ReceiptReason::WriteFailed);
    paint(painter, document, qr);
    if (!painter.end())
        return failure(ReceiptReason::WriteFailed);
    qCInfo(lcReceipt) << "receipt written" << document.receiptNumber;
    return {};
}

ReceiptResult ReceiptWriter::write(const ReceiptDocument &document, const QString &path) const
{
    // A half-written file is never left where the printer spool looks.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(ReceiptReason::WriteFailed);
    const ReceiptResult result = write(document, &file);
    if (!result.ok())
        return result;
    if (!file.commit())
        return failure(ReceiptReason::WriteFailed);
    return result;
}

void ReceiptWriter::paint(QPainter &painter, const ReceiptDocument &document, const QImage &qr) const
{
    const int width = painter.viewport().width();
    int y = 0;
    paragraph(painter, y, width, document.bankName, font(11, true), Qt::AlignHCenter);
    paragraph(painter, y, width, document.branchName, font(8), Qt::AlignHCenter);
    paragraph(painter, y, width, tr("Service receipt"), font(9, true), Qt::AlignHCenter);
    paragraph(painter, y, width, document.serviceName, font(10, true), Qt::AlignHCenter);
    y += mm(1);
    painter.drawLine(0, y, width, y);
    y += mm(1.5);

    QList<ReceiptLine> lines = {
        {tr("Receipt No."), document.receiptNumber},
        {tr("Date and time"),
         document.locale.toString(document.issuedAt.toTimeZone(document.timeZone), QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
    };
    if (document.amount)
        lines.append({tr("Amount"), document.amount->format(document.locale)});
    lines.append(document.lines());
    const QFont body = font(8);
    for (const ReceiptLine &line : std::as_const(lines))
        paragraph(painter, y, width, tr("%1: %2").arg(line.label, line.value), body);

    if (!document.signature.isNull()) {
        y += mm(1);
        paragraph(painter, y, width, tr("Signature"), body);
        const QImage sig = document.signature.scaled(width / 2, mm(15), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage(QPoint(0, y), sig);
        y += sig.height() + mm(2);
    }

    // Whole pixels per module and no smoothing, so every module stays square
    // and sharp for a scanner.
    // The image is scaled here rather than by the PDF viewer, which would
    // smooth the module edges.
    const int scale = qMax(1, mm(28) / qr.width());
    const QImage big = qr.scaled(qr.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    const QRect qrRect((width - big.width()) / 2, y, big.width(), big.height());
    painter.drawImage(qrRect.topLeft(), big);
    y += qrRect.height() + mm(1);
    paragraph(painter, y, width, tr("Scan to verify this receipt"), font(7), Qt::AlignHCenter);
    paragraph(painter, y, width, tr("Keep this receipt until the transaction is confirmed."), font(7),
              Qt::AlignHCenter);
}

} // namespace branch
