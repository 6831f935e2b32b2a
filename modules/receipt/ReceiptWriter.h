#pragma once

#include "ReceiptDocument.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QPageSize>
#include <QString>

class QIODevice;
class QPainter;

namespace branch {

namespace ReceiptReason {
inline constexpr QLatin1String Incomplete{"receipt_incomplete"};
inline constexpr QLatin1String QrFailed{"receipt_qr_failed"};
inline constexpr QLatin1String WriteFailed{"receipt_write_failed"};
} // namespace ReceiptReason

struct ReceiptResult
{
    QString reason; // empty on success
    QString message; // translated

    bool ok() const { return reason.isEmpty(); }
};

// Lays a ReceiptDocument out as a one-page PDF for the kiosk's printer.
class ReceiptWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptWriter)

public:
    enum class Paper {
        A6,
        ThermalRoll80mm, // 80 mm wide, cut after the content (at least kRollMinimumMm)
    };
    // Large print is for care mode: half as large again, with a larger QR code.
    enum class Print { Standard, Large };

    static constexpr double kRollWidthMm = 80;
    static constexpr double kRollMinimumMm = 100;

    explicit ReceiptWriter(Paper paper = Paper::A6, Print print = Print::Standard);

    // A roll's page is as long as its content, so its length is given.
    static QPageSize pageSize(Paper paper, double rollLengthMm = kRollMinimumMm);
    // The family used for all text; it covers Chinese and Latin.
    static QString fontFamily() { return QStringLiteral("Noto Sans CJK SC"); }

    ReceiptResult write(const ReceiptDocument &document, QIODevice *device) const;
    ReceiptResult write(const ReceiptDocument &document, const QString &path) const;

private:
    static ReceiptResult failure(QLatin1String reason);
    // Lays the receipt out across `width` device pixels and returns the height
    // used; draws only when `draw` (a first pass measures a roll's length).
    int paint(QPainter &painter, int width, const ReceiptDocument &document, const QImage &qr, bool draw) const;
    double points(double standard) const;
    // The page: A6, or the roll cut to this document's length.
    QPageSize pageFor(const ReceiptDocument &document, const QImage &qr) const;

    Paper m_paper;
    Print m_print;
};

} // namespace branch
