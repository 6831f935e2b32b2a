#pragma once

#include <opencv2/core.hpp>

#include <memory>
#include <string>
#include <vector>

namespace branch::bench {

// A QR reader the kiosk's decoder is measured against. Peers live only in
// the bench: the kiosk links none of them.
class QrReader
{
public:
    virtual ~QrReader();
    virtual std::string name() const = 0;
    virtual std::vector<std::string> read(const cv::Mat &bgr) = 0;
};

// zxing-cpp 1.4 with its defaults, QR only.
std::unique_ptr<QrReader> makeZxingReader();
// ZBar 0.23, QR only.
std::unique_ptr<QrReader> makeZbarReader();
// OpenCV contrib's wechat_qrcode. Debian ships no CNN models for it (neither
// opencv-data nor any other package has detect/sr .caffemodel files), so it
// runs as Debian users get it: its own detector and binarizers, no super-resolution.
std::unique_ptr<QrReader> makeWechatReader();

} // namespace branch::bench
