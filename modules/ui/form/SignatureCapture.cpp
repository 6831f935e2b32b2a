#include "SignatureCapture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace branch {

namespace {

// Coordinates are kept to a tenth of a pixel: enough for any pad, and the
// JSON stays small.
double rounded(qreal v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

SignatureCapture::SignatureCapture(QObject *parent)
    : QObject(parent)
{
}

void SignatureCapture::setPadSize(qreal width, qreal height)
{
    if (width > 0 && height > 0)
        m_padSize = QSizeF(width, height);
}

void SignatureCapture::beginStroke(qreal x, qreal y)
{
    m_strokes.append({QPointF(x, y)});
    Q_EMIT changed();
}

void SignatureCapture::addPoint(qreal x, qreal y)
{
    if (m_strokes.isEmpty()) {
        beginStroke(x, y);
        return;
    }
    const QPointF point(x, y);
    if (m_strokes.last().constLast() == point)
        return;
    m_strokes.last().append(point);
    Q_EMIT changed();
}

void SignatureCapture::clear()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    Q_EMIT changed();
}

bool SignatureCapture::isEmpty() const
{
    qreal length = 0;
    for (const auto &stroke : m_strokes) {
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            const QPointF d = stroke.at(i) - stroke.at(i - 1);
            length += std::hypot(d.x(), d.y());
        }
    }
    return length < 20.0;
}

QVariantList SignatureCapture::strokesForQml() const
{
    QVariantList out;
    for (const auto &stroke : m_strokes) {
        QVariantList points;
        for (const QPointF &p : stroke)
            points.append(p);
        out.append(QVariant(points));
    }
    return out;
}

QByteArray SignatureCapture::toJson() const
{
    QJsonArray strokes;
    for (const auto &stroke : m_strokes) {
        QJsonArray points;
        for (const QPointF &p : stroke)
            points.append(QJsonArray{rounded(p.x()), rounded(p.y())});
        strokes.append(points);
    }
    const QJsonObject root{{QStringLiteral("width"), rounded(m_padSize.width())},
                           {QStringLiteral("height"), rounded(m_padSize.height())},
                           {QStringLiteral("strokes"), strokes}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QImage SignatureCapture::render(const QSize &size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = std::min(size.width() / m_padSize.width(), size.height() / m_padSize.height());
    painter.scale(scale, scale);
    painter.setPen(QPen(Qt::black, 4.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const auto &stroke : m_strokes) {
        if (stroke.size() == 1) {
            painter.drawPoint(stroke.constFirst());
            continue;
        }
        QPainterPath path(stroke.constFirst());
        for (qsizetype i = 1; i < stroke.size(); ++i)
            path.lineTo(stroke.at(i));
        painter.drawPath(path);
    }
    painter.end();
    return image;
}

QByteArray SignatureCapture::toPng(const QSize &size) const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    render(size).save(&buffer, "PNG");
    return png;
}

} // namespace branch
