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
    bool normalise = true; // divide by the local background: glare, low light, shadows
    bool regions = true;   // find code-like regions, crop, enlarge and sharpen them
    int maxRegions = 3;    // regions tried per frame, largest first
};

struct QrDecodeResult
{
    QStringList codes;  // the text of every QR code read, in reading order
    QString pass;       // the pass that read them ("plain", "normalised", "region"); empty when none
};

// Reads QR codes from camera frames and images with zxing-cpp, after OpenCV
// pre-processing where it pays (docs/qr-decoding.md): a plain pass first,
// which reads most frames in a few milliseconds; then the frame divided by its
// own blurred background (uneven light, glare, dim corners); then, like
// wechat_qrcode's detector and super-resolution, a cheap search for code-like
// regions that are cropped, enlarged and sharpened before zxing sees them.
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
