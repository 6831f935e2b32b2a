#pragma once

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

namespace branch {

// Which of the decoder's passes run. All on is the kiosk's decoder; the bench
// turns passes off one at a time to show what each is worth
// (docs/qr-decoding.md).
struct QrDecoderOptions
{
    bool regions = true;   // code-like regions cropped, enlarged, sharpened, thresholded
    bool finders = true;   // the code rectified through its three finder patterns
    bool normalise = true; // the frame divided by its local background: glare, dim light
    int maxRegions = 3;    // regions tried per frame, largest first
};

struct QrDecodeResult
{
    QStringList codes; // the text of every QR code read, in reading order
    QString pass;      // the pass that read them (plain, region, finders, normalised); empty when none
};

// Reads QR codes from camera frames and images with zxing-cpp, after OpenCV
// pre-processing where it pays (docs/qr-decoding.md). Passes run cheapest
// first and stop at the first code read:
//   plain       zxing-cpp on the grey frame (most frames end here);
//   region      like wechat_qrcode's CNN detector and super-resolution, but
//               cheap: code-like regions found by edge density are cropped,
//               enlarged, sharpened and thresholded locally;
//   finders     the code rectified through the corners of its three finder
//               patterns (QrFinders.h): a covered or bent fourth corner;
//   normalised  the frame divided by its own paper-white level, then
//               thresholded locally: glare, shadows and a dim corner.
//
// Stateless and const: one decoder may serve several threads.
class QrDecoder
{
public:
    explicit QrDecoder(QrDecoderOptions options = {});

    // `image`: 8-bit grey, BGR or BGRA, any size. Never throws.
    QrDecodeResult decode(const cv::Mat &image) const;

    const QrDecoderOptions &options() const { return m_options; }

private:
    QrDecoderOptions m_options;
};

} // namespace branch
