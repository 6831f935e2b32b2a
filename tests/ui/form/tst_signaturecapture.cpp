#include "SignatureCapture.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using branch::SignatureCapture;

class tst_SignatureCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strayTouchIsNotASignature();
    void strokesAsJson();
    void rendersInkOnWhite();
};

void tst_SignatureCapture::strayTouchIsNotASignature()
{
    SignatureCapture capture;
    QVERIFY(capture.isEmpty());
    capture.beginStroke(10, 10);
    capture.addPoint(12, 11);
    QVERIFY(capture.isEmpty());
    capture.addPoint(80, 40);
    QVERIFY(!capture.isEmpty());
    QSignalSpy changed(&capture, &SignatureCapture::changed);
    capture.clear();
    QCOMPARE(changed.size(), 1);
    QVERIFY(capture.isEmpty());
    QCOMPARE(capture.strokeCount(), 0);
}

void tst_SignatureCapture::strokesAsJson()
{
    SignatureCapture capture;
    capture.setPadSize(300, 120);
    capture.beginStroke(1.04, 2);
    capture.addPoint(50, 60);
    capture.addPoint(50, 60); // repeated points add nothing
    capture.beginStroke(100, 10);
    capture.addPoint(150, 90);
    const QJsonObject root = QJsonDocument::fromJson(capture.toJson()).object();
    QCOMPARE(root.value(QStringLiteral("width")).toDouble(), 300.0);
    const QJsonArray strokes = root.value(QStringLiteral("strokes")).toArray();
    QCOMPARE(strokes.size(), 2);
    QCOMPARE(strokes.at(0).toArray().size(), 2);
    QCOMPARE(strokes.at(0).toArray().at(0).toArray().at(0).toDouble(), 1.0);
    QCOMPARE(capture.strokesForQml().size(), 2);
}

void tst_SignatureCapture::rendersInkOnWhite()
{
    SignatureCapture capture;
    capture.setPadSize(300, 120);
    capture.beginStroke(0, 60);
    capture.addPoint(300, 60);
    const QImage image = capture.render(QSize(600, 240));
    QCOMPARE(image.size(), QSize(600, 240));
    QCOMPARE(image.pixelColor(300, 10), QColor(Qt::white));
    QVERIFY(qGray(image.pixel(300, 120)) < 64); // the horizontal stroke, scaled x2
    const QByteArray png = capture.toPng();
    QVERIFY(png.startsWith("\x89PNG"));
    QVERIFY(!QImage::fromData(png, "PNG").isNull());
}

QTEST_MAIN(tst_SignatureCapture)
#include "tst_signaturecapture.moc"
