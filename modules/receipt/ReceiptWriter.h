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
        ThermalRoll80mm, // 80 mm wide, cut to a fixed length
    };

    explicit ReceiptWriter(Paper paper = Paper::A6);

    static QPageSize pageSize(Paper paper);
    // The family used for all text; it covers Chinese and Latin.
    static QString fontFamily() { return QStringLiteral("Noto Sans CJK SC"); }

    ReceiptResult write(const ReceiptDocument &document, QIODevice *device) const;
    ReceiptResult write(const ReceiptDocument &document, const QString &path) const;

private:
    static ReceiptResult failure(QLatin1String reason);
    void paint(QPainter &painter, const ReceiptDocument &document, const QImage &qr) const;

    Paper m_paper;
};

} // namespace branch
