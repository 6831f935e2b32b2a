// The kiosk's image-decoding entry point: bytes as `branchctl qr decode` or
// `prefill read --image` would get them from a file, through QrImageReader
// (format sniffing, size checks, Qt's image decoders) and the QrDecoder
// passes. Inputs are capped at 256 KiB and images at 2 megapixels so that
// each run stays fast; the limits themselves are tests/prefill's job.
// Beyond "no crash": a refusal has a known reason, and an image read is 8-bit grey.

#include "QrDecoder.h"
#include "QrImageReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

const QStringList kReasons{QStringLiteral("not_an_image"), QStringLiteral("image_too_large"),
                           QStringLiteral("image_corrupt"), QStringLiteral("file_too_large")};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    static const branch::QrDecoder decoder;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto image = branch::QrImageReader::readBytes(bytes, 2'000'000);
    if (!image.ok()) {
        require(kReasons.contains(image.reason()));
        return 0;
    }
    require(image.value().type() == CV_8U && image.value().total() <= 2'000'000);
    const branch::QrDecodeResult result = decoder.decode(image.value());
    require(result.codes.isEmpty() == result.pass.isEmpty());
    return 0;
}
