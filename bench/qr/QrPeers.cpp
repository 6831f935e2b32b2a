#include "QrPeers.h"

// Before zxing-cpp: its Error.h defines UnsupportedError as a macro, which
// zbar's C++ header declares as a class.
#include <zbar.h>

#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

#include <opencv2/imgproc.hpp>
#include <opencv2/wechat_qrcode.hpp>

namespace branch::bench {

QrReader::~QrReader() = default;

namespace {

cv::Mat grey(const cv::Mat &bgr)
{
    cv::Mat out;
    cv::cvtColor(bgr, out, cv::COLOR_BGR2GRAY);
    return out;
}

class ZxingReader final : public QrReader
{
public:
    std::string name() const override { return "zxing-cpp"; }
    std::vector<std::string> read(const cv::Mat &bgr) override
    {
        const cv::Mat g = grey(bgr);
        const ZXing::ImageView view(g.data, g.cols, g.rows, ZXing::ImageFormat::Lum, int(g.step));
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        std::vector<std::string> codes;
        for (const auto &result : ZXing::ReadBarcodes(view, hints))
            if (result.isValid())
                codes.push_back(result.text());
        return codes;
    }
};

class ZbarReader final : public QrReader
{
public:
    ZbarReader()
    {
        m_scanner.set_config(zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
        m_scanner.set_config(zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    }
    std::string name() const override { return "zbar"; }
    std::vector<std::string> read(const cv::Mat &bgr) override
    {
        cv::Mat g = grey(bgr);
        zbar::Image image(unsigned(g.cols), unsigned(g.rows), "Y800", g.data, g.total());
        m_scanner.scan(image);
        std::vector<std::string> codes;
        for (auto symbol = image.symbol_begin(); symbol != image.symbol_end(); ++symbol)
            codes.push_back(symbol->get_data());
        image.set_data(nullptr, 0);
        return codes;
    }

private:
    zbar::ImageScanner m_scanner;
};

class WechatReader final : public QrReader
{
public:
    std::string name() const override { return "wechat_qrcode"; }
    std::vector<std::string> read(const cv::Mat &bgr) override { return m_detector.detectAndDecode(bgr); }

private:
    cv::wechat_qrcode::WeChatQRCode m_detector;
};

} // namespace

std::unique_ptr<QrReader> makeZxingReader()
{
    return std::make_unique<ZxingReader>();
}

std::unique_ptr<QrReader> makeZbarReader()
{
    return std::make_unique<ZbarReader>();
}

std::unique_ptr<QrReader> makeWechatReader()
{
    return std::make_unique<WechatReader>();
}

} // namespace branch::bench
