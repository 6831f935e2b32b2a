// Feeds arbitrary bytes to the face check as an ID card's photo, as a card
// reader or a vendor library may hand them over: decoded by OpenCV, then
// searched, aligned and compared by our code. Beyond "no crash": the
// decision is either accepted with no reason or refused with one, and a
// score is only given with a comparison.

#include "FaceReasons.h"
#include "LocalFaceVerifier.h"

#include <QByteArray>

#include <opencv2/core.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <unistd.h>

// A few bytes of header can ask OpenCV for a gigapixel image; cap it so
// that a run stays under the 2 GB that scripts/fuzz-run allows (a chip photo
// is 102x126). OpenCV reads the cap when it is loaded, before any code of
// ours runs, so the target starts itself again with it set.
extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    if (std::getenv("OPENCV_IO_MAX_IMAGE_PIXELS") == nullptr) {
        setenv("OPENCV_IO_MAX_IMAGE_PIXELS", "4194304", 1);
        execv("/proc/self/exe", *argv);
        std::abort(); // execv returned: it failed
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static branch::face::LocalFaceVerifier verifier;
    // A grey frame with nothing in it: the photo is the input under test.
    static const cv::Mat frame(360, 640, CV_8UC3, cv::Scalar(128, 128, 128));
    const QByteArray photo(reinterpret_cast<const char *>(data), qsizetype(size));
    const branch::face::FaceDecision d = verifier.verify(frame, photo);
    if (d.accepted != d.reason.isEmpty())
        std::abort();
    if ((d.score >= 0.0) != (d.method == QLatin1String("lbph")))
        std::abort();
    // A blank frame can hold no face, whatever the photo.
    if (d.accepted)
        std::abort();
    // The photo as the live frame too: its decoding and every size it may have.
    const cv::Mat decoded = branch::face::decodeImage(photo);
    if (!decoded.empty()) {
        const branch::face::FaceDecision self = verifier.verifyImages(decoded, decoded);
        if (self.accepted != self.reason.isEmpty())
            std::abort();
    }
    return 0;
}
