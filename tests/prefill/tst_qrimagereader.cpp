#include "QrDecoder.h"
#include "QrImageReader.h"
#include "QrTestImages.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using branch::QrImageReader;

namespace {

const QString kText = QStringLiteral("ETB1.ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffU;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    char word[4];
    QByteArray chunk;
    qToBigEndian(quint32(data.size()), word);
    chunk.append(word, 4);
    const QByteArray body = type + data;
    chunk.append(body);
    qToBigEndian(crc32(body), word);
    chunk.append(word, 4);
    return chunk;
}

// A small PNG whose header claims a size its data does not have (a
// decompression bomb's first bytes): refused from the header, before any
// pixel memory is allocated.
QByteArray pngHeaderClaiming(quint32 width, quint32 height)
{
    char size[8];
    qToBigEndian(width, size);
    qToBigEndian(height, size + 4);
    QByteArray ihdr(size, 8);
    ihdr.append("\x08\x00\x00\x00\x00", 5); // 8-bit grey
    const QByteArray zlib = qCompress(QByteArray(64, '\0')).mid(4); // qCompress prefixes a length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", {});
}

} // namespace

class TestQrImageReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    // Every format a phone or a screenshot tool produces reads back to the same text.
    void readsCommonFormats_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QImage code = branch::test::toQImage(branch::test::qrImage(kText));
        QTest::newRow("png") << encoded(code, "PNG");
        QTest::newRow("jpeg") << encoded(code, "JPEG", 80);
        QTest::newRow("bmp") << encoded(code, "BMP");
        QTest::newRow("rgb png") << encoded(code.convertToFormat(QImage::Format_RGB32), "PNG");
        // Black modules on a transparent background, as web QR renderers make
        // them: composited onto white, not onto black.
        QImage transparent(code.size(), QImage::Format_ARGB32);
        for (int y = 0; y < code.height(); ++y)
            for (int x = 0; x < code.width(); ++x)
                transparent.setPixel(x, y, qGray(code.pixel(x, y)) < 128 ? qRgba(0, 0, 0, 255) : qRgba(0, 0, 0, 0));
        QTest::newRow("transparent png") << encoded(transparent, "PNG");
    }

    void readsCommonFormats()
    {
        QFETCH(QByteArray, bytes);
        const auto fromBytes = QrImageReader::readBytes(bytes);
        QVERIFY2(fromBytes.ok(), qPrintable(fromBytes.reason()));
        QCOMPARE(branch::QrDecoder().decode(fromBytes.value()).codes, QStringList{kText});
        const auto fromFile = QrImageReader::readFile(write(QStringLiteral("code.img"), bytes));
        QVERIFY(fromFile.ok());
        QCOMPARE(branch::QrDecoder().decode(fromFile.value()).codes, QStringList{kText});
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nothing.png")) << QStringLiteral("file_not_found");
        QTest::newRow("folder") << m_dir.path() << QStringLiteral("file_unreadable");
        QTest::newRow("empty") << write(QStringLiteral("empty.png"), {}) << QStringLiteral("not_an_image");
        QTest::newRow("text") << write(QStringLiteral("notes.png"), "ETB1.NOT-AN-IMAGE\n") << QStringLiteral("not_an_image");
        QByteArray png = encoded(branch::test::toQImage(branch::test::qrImage(kText)), "PNG");
        QTest::newRow("truncated png") << write(QStringLiteral("cut.png"), png.left(png.size() / 2))
                                       << QStringLiteral("image_corrupt");
        QTest::newRow("huge by header") << write(QStringLiteral("huge.png"), pngHeaderClaiming(20000, 20000))
                                        << QStringLiteral("image_too_large");
        QTest::newRow("too many pixels") << write(QStringLiteral("wide.png"), pngHeaderClaiming(16000, 3000))
                                         << QStringLiteral("image_too_large");
        // Larger than the file limit: a sparse file, so the test writes nothing.
        const QString big = m_dir.filePath(QStringLiteral("big.jpg"));
        QFile file(big);
        if (file.open(QIODevice::WriteOnly))
            file.resize(QrImageReader::kMaxFileBytes + 1);
        QTest::newRow("file too large") << big << QStringLiteral("file_too_large");
    }

    void refusesBadFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const auto result = QrImageReader::readFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.reason(), reason);
        QCOMPARE(result.error().detail, path);
        const QString message = QrImageReader::message(result.error());
        QVERIFY(message.contains(path));
        QVERIFY(!message.contains(reason)); // a sentence, not the code again
    }

    void refusesBadBytes()
    {
        QCOMPARE(QrImageReader::readBytes({}).reason(), QStringLiteral("not_an_image"));
        QCOMPARE(QrImageReader::readBytes(pngHeaderClaiming(20000, 20000)).reason(), QStringLiteral("image_too_large"));
        QCOMPARE(QrImageReader::readBytes(QByteArray(int(QrImageReader::kMaxFileBytes) + 1, 'x')).reason(),
                 QStringLiteral("file_too_large"));
    }
};

QTEST_GUILESS_MAIN(TestQrImageReader)
#include "tst_qrimagereader.moc"
