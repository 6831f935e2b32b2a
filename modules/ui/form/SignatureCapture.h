#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QQmlEngine>
#include <QSizeF>
#include <QVariantList>

namespace branch {

// The customer's signature as vector strokes, in the pad's own coordinates.
// Stored twice on submission: the strokes as JSON (for later verification)
// and a PNG rendered from them (for the receipt and staff).
class SignatureCapture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the form")
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    Q_PROPERTY(QVariantList strokes READ strokesForQml NOTIFY changed)
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY changed)
public:
    explicit SignatureCapture(QObject *parent = nullptr);

    Q_INVOKABLE void setPadSize(qreal width, qreal height);
    Q_INVOKABLE void beginStroke(qreal x, qreal y);
    Q_INVOKABLE void addPoint(qreal x, qreal y);
    Q_INVOKABLE void clear();

    // A dot or a stray touch is not a signature.
    bool isEmpty() const;
    int strokeCount() const { return int(m_strokes.size()); }
    QVariantList strokesForQml() const;

    // {"width":w,"height":h,"strokes":[[[x,y],...],...]}
    QByteArray toJson() const;
    // Black ink on white, scaled to fit `size`.
    QImage render(const QSize &size = QSize(600, 240)) const;
    QByteArray toPng(const QSize &size = QSize(600, 240)) const;

Q_SIGNALS:
    void changed();

private:
    QSizeF m_padSize{600, 240};
    QList<QList<QPointF>> m_strokes;
};

} // namespace branch
