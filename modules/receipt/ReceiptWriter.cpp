#include "ReceiptWriter.h"

#include "QrCode.h"
#include "ReceiptLogging.h"

#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

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

constexpr double kMarginMm = 5;

// Lays wrapped text across the width and moves `y` below it; draws it only
// when asked (the measuring pass does not).
void paragraph(QPainter &painter, int &y, int width, const QString &text, const QFont &f, bool draw,
               Qt::Alignment align = Qt::AlignLeft)
{
    painter.setFont(f);
    const QRect box(0, y, width, 100000);
    const QRect used = painter.boundingRect(box, int(align) | Qt::TextWordWrap, text);
    if (draw)
        painter.drawText(box, int(align) | Qt::TextWordWrap, text);
    y += used.height() + mm(0.8);
}

} // namespace

ReceiptWriter::ReceiptWriter(Paper paper, Print print)
    : m_paper(paper)
    , m_print(print)
{
}

QPageSize ReceiptWriter::pageSize(Paper paper, double rollLengthMm)
{
    if (paper == Paper::ThermalRoll80mm)
        return QPageSize(QSizeF(kRollWidthMm, std::max(kRollMinimumMm, std::ceil(rollLengthMm))),
                         QPageSize::Millimeter, QStringLiteral("Thermal 80mm"));
    return QPageSize(QPageSize::A6);
}

double ReceiptWriter::points(double standard) const
{
    return m_print == Print::Large ? standard * 1.5 : standard;
}

QPageSize ReceiptWriter::pageFor(const ReceiptDocument &document, const QImage &qr) const
{
    if (m_paper != Paper::ThermalRoll80mm)
        return pageSize(m_paper);
    // Measured on an image of the PDF's density, so the same fonts wrap the
    // same way; a few millimetres spare for the PDF engine's own metrics.
    QImage probe(1, 1, QImage::Format_Mono);
    probe.setDotsPerMeterX(qRound(kResolution / 0.0254));
    probe.setDotsPerMeterY(qRound(kResolution / 0.0254));
    QPainter painter(&probe);
    const int height = paint(painter, mm(kRollWidthMm - 2 * kMarginMm), document, qr, false);
    painter.end();
    return pageSize(m_paper, height * 25.4 / kResolution + 2 * kMarginMm + 4);
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
    pdf.setPageSize(pageFor(document, qr));
    pdf.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    pdf.setTitle(tr("Receipt %1").arg(document.receiptNumber));
    pdf.setCreator(QStringLiteral("BranchSuite"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return failure(ReceiptReason::WriteFailed);
    paint(painter, painter.viewport().width(), document, qr, true);
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

int ReceiptWriter::paint(QPainter &painter, int width, const ReceiptDocument &document, const QImage &qr,
                         bool draw) const
{
    int y = 0;
    paragraph(painter, y, width, document.bankName, font(points(11), true), draw, Qt::AlignHCenter);
    paragraph(painter, y, width, document.branchName, font(points(8)), draw, Qt::AlignHCenter);
    paragraph(painter, y, width, tr("Service receipt"), font(points(9), true), draw, Qt::AlignHCenter);
    paragraph(painter, y, width, document.serviceName, font(points(10), true), draw, Qt::AlignHCenter);
    y += mm(1);
    if (draw)
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
    const QFont body = font(points(8));
    for (const ReceiptLine &line : std::as_const(lines))
        paragraph(painter, y, width, tr("%1: %2").arg(line.label, line.value), body, draw);

    if (!document.signature.isNull()) {
        y += mm(1);
        paragraph(painter, y, width, tr("Signature"), body, draw);
        const QImage sig = document.signature.scaled(width / 2, mm(15), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (draw)
            painter.drawImage(QPoint(0, y), sig);
        y += sig.height() + mm(2);
    }

    // Whole pixels per module and no smoothing, so every module stays square
    // and sharp for a scanner.
    // The image is scaled here rather than by the PDF viewer, which would
    // smooth the module edges.
    const int scale = qMax(1, mm(m_print == Print::Large ? 36 : 28) / qr.width());
    const QImage big = qr.scaled(qr.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    const QRect qrRect((width - big.width()) / 2, y, big.width(), big.height());
    if (draw)
        painter.drawImage(qrRect.topLeft(), big);
    y += qrRect.height() + mm(1);
    const QFont small = font(points(7));
    paragraph(painter, y, width, tr("Scan to verify this receipt"), small, draw, Qt::AlignHCenter);
    paragraph(painter, y, width, tr("Keep this receipt until the transaction is confirmed."), small, draw,
              Qt::AlignHCenter);
    return y;
}

} // namespace branch
