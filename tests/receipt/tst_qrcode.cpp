#include "QrCode.h"
#include "QrDecode.h"

#include <QTest>

using namespace branch;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("receipt payload") << "BSR1:BJ01K02-20250314-000042H:1a2b3c4d";
        QTest::newRow("single char") << "x";
        QTest::newRow("chinese") << "回执 公积金缴存登记";
        QTest::newRow("long") << QString(600, u'7');
    }

    void roundTrips()
    {
        QFETCH(QString, text);
        const QImage qr = QrCode::render(text);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        // The quiet zone: a 4-module white border all round.
        for (int i = 0; i < qr.width(); ++i) {
            QCOMPARE(qGray(qr.pixel(i, 0)), 255);
            QCOMPARE(qGray(qr.pixel(0, i)), 255);
        }
        // Scaled up as a printer would, without smoothing.
        const QImage printed = qr.scaled(qr.width() * 6, qr.height() * 6, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        QCOMPARE(test::decodeQr(printed), text);
    }

    void refusesWhatCannotBeEncoded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("beyond QR capacity") << QString(8000, u'a');
    }

    void refusesWhatCannotBeEncoded()
    {
        QFETCH(QString, text);
        QVERIFY(QrCode::render(text).isNull());
    }

    void blankImageDecodesToNothing()
    {
        QImage blank(200, 200, QImage::Format_Grayscale8);
        blank.fill(255);
        QVERIFY(test::decodeQr(blank).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
