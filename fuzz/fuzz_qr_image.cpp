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
#include <QImageReader>
#include <QStringList>

#include <opencv2/core/utility.hpp>

#include <dlfcn.h>

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

// Qt's JPEG and GIF image plugins are dlopen()ed, and clang 14's LeakSanitizer
// misreads the dynamic TLS blocks of dlopen()ed libraries under bookworm's
// glibc ("DTLS ... Tracer caught signal 11" at the leak check): it would fail
// every run that read a JPEG. Leaks are still checked; only TLS is not scanned
// for pointers, and nothing of ours keeps heap memory in TLS.
extern "C" const char *__lsan_default_options()
{
    return "use_tls=0";
}

// ... which makes what lives only in TLS look lost: glib's per-thread
// allocations (QtCore's event dispatcher keeps them there), and the dynamic
// TLS blocks ld.so makes for a dlopen()ed library. Only those allocation
// sites are excused (ld.so by module, for when no symbolizer can name its
// functions). glibc's dlerror() state lives in TLS too; it is freed instead
// (releaseDlerrorState) rather than excused, since excusing libc by module
// would excuse far more.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libglib-2.0.so\n"
           "leak:_dl_exception_create\n"
           "leak:tls_get_addr_tail\n"
           "leak:ld-linux-x86-64.so.2\n";
}

namespace {

// A dlopen() that fails while Qt looks for an optional plugin (one whose own
// libraries are not installed, as in a fresh root) leaves its message in a
// block only TLS points to. glibc frees a message once it was delivered and
// dlerror() is called again: the first call delivers (or frees), the second frees.
void releaseDlerrorState()
{
    static_cast<void>(dlerror());
    static_cast<void>(dlerror());
}

} // namespace

// Everything that starts threads or loads libraries happens once, here, not
// in the middle of a run where LeakSanitizer's checks would meet it: OpenCV
// decodes on the fuzzer's thread, and Qt's image plugins are loaded up front.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cv::setNumThreads(0);
    static_cast<void>(QImageReader::supportedImageFormats());
    // Images whose header hides their size: decode at most 2 MP's worth (8 MB).
    QImageReader::setAllocationLimit(8);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    static const branch::QrDecoder decoder;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto image = branch::QrImageReader::readBytes(bytes, 2'000'000);
    if (!image.ok()) {
        require(kReasons.contains(image.reason()));
        releaseDlerrorState();
        return 0;
    }
    require(image.value().type() == CV_8U && image.value().total() <= 2'000'000);
    const branch::QrDecodeResult result = decoder.decode(image.value());
    require(result.codes.isEmpty() == result.pass.isEmpty());
    releaseDlerrorState();
    return 0;
}
