// OfflinePayload and the offline token: the form data sealed to the branch's
// X25519 key opens with that key only, survives no tampering, cannot inflate
// into a bomb, and a full housing-fund form fits QR version 25 at level M:
// a real code image is made, decoded by the kiosk's decoder and opened.
#include "OfflinePayload.h"
#include "PrefillReason.h"
#include "PrefillToken.h"
#include "QrDecoder.h"
#include "QrTestImages.h"

#include <QJsonDocument>
#include <QTest>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

using namespace branch;

namespace {

// The longest answers the housing-fund form takes, in Chinese where people
// write Chinese (3 bytes a character in UTF-8, the worst case).
QJsonObject fullHousingFundForm()
{
    return QJsonObject{
        {QStringLiteral("employer_name"), QStringLiteral("广东省深圳市南山区科技园高新技术产业发展集团有限责任公司第三分公司")},
        {QStringLiteral("employer_uscc"), QStringLiteral("91440300MA5F1234XY")},
        {QStringLiteral("employer_account"), QStringLiteral("440300123456789012")},
        {QStringLiteral("employee_name"), QStringLiteral("欧阳司马慕容")},
        {QStringLiteral("employee_id"), QStringLiteral("11010519491231002X")},
        {QStringLiteral("employee_mobile"), QStringLiteral("13800138000")},
        {QStringLiteral("monthly_base"), QStringLiteral("35000.00")},
        {QStringLiteral("deposit_ratio"), QStringLiteral("12")},
        {QStringLiteral("start_month"), QStringLiteral("2026-12")},
        {QStringLiteral("bank_card"), QStringLiteral("6222021234567890128")},
        {QStringLiteral("address"), QStringLiteral("广东省深圳市南山区粤海街道科技南十二路二号金蝶软件园A座十五楼一五零八室")},
    };
}

struct Keys
{
    TokenSigner signer = *TokenSigner::generate();
    BranchBoxKey branch = *BranchBoxKey::generate();
};

QString offlineToken(const Keys &keys, const QJsonObject &values)
{
    PrefillToken token = PrefillToken::create(QStringLiteral("hpf.deposit_registration"), QStringLiteral("BR001"),
                                              QDateTime::currentDateTimeUtc().addDays(3));
    token.sealedPayload = OfflinePayload::seal(values, keys.branch.publicKey());
    return PrefillTokenCodec::encode(token, keys.signer);
}

} // namespace

class TestOfflinePayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        Keys keys;
        const QByteArray sealed = OfflinePayload::seal(fullHousingFundForm(), keys.branch.publicKey());
        QVERIFY(!sealed.isEmpty());
        const Result<QJsonObject> opened = OfflinePayload::open(sealed, keys.branch);
        QVERIFY2(opened.ok(), qPrintable(opened.reason()));
        QCOMPARE(opened.value(), fullHousingFundForm());
        // The secret key rebuilt from the keychain's bytes opens it too.
        const BranchBoxKey again = *BranchBoxKey::fromSecretKey(keys.branch.secretKey());
        QCOMPARE(again.publicKey(), keys.branch.publicKey());
        QVERIFY(OfflinePayload::open(sealed, again).ok());
    }

    void refused_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another branch's key") << 0 << QString(PrefillReason::UnknownKey);
        QTest::newRow("one bit flipped") << 1 << QString(PrefillReason::UnknownKey);
        QTest::newRow("truncated") << 2 << QString(PrefillReason::Malformed);
    }

    void refused()
    {
        QFETCH(int, tamper);
        QFETCH(QString, reason);
        Keys keys;
        QByteArray sealed = OfflinePayload::seal(fullHousingFundForm(), keys.branch.publicKey());
        BranchBoxKey key = keys.branch;
        if (tamper == 0)
            key = *BranchBoxKey::generate();
        if (tamper == 1)
            sealed[sealed.size() / 2] = static_cast<char>(sealed.at(sealed.size() / 2) ^ 0x10);
        if (tamper == 2)
            sealed.truncate(20);
        QCOMPARE(OfflinePayload::open(sealed, key).reason(), reason);
    }

    void inflateRefuses_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::addColumn<QString>("detail");
        QByteArray bomb = qCompress(QByteArray(1024 * 1024, ' '), 9);
        QTest::newRow("bomb") << bomb << QStringLiteral("size");
        QByteArray lying = qCompress(QByteArrayLiteral("{\"a\":\"b\"}"));
        lying[3] = static_cast<char>(lying.at(3) + 1);
        QTest::newRow("size lies") << lying << QStringLiteral("inflate");
        QTest::newRow("not json") << qCompress(QByteArrayLiteral("hello")) << QStringLiteral("json");
        QTest::newRow("array") << qCompress(QByteArrayLiteral("[1]")) << QStringLiteral("json");
        QTest::newRow("number value") << qCompress(QByteArrayLiteral("{\"a\":1}")) << QStringLiteral("value");
        QTest::newRow("short") << QByteArrayLiteral("\0\0") << QStringLiteral("short");
    }

    void inflateRefuses()
    {
        QFETCH(QByteArray, compressed);
        QFETCH(QString, detail);
        const Result<QJsonObject> r = OfflinePayload::inflate(compressed);
        QCOMPARE(r.reason(), QString(PrefillReason::Malformed));
        QCOMPARE(r.error().detail, detail);
    }

    // The whole form in an offline token: a real QR code at level M of
    // version 25 or below, read by the kiosk's decoder, verified and opened.
    void fullFormFitsVersion25M()
    {
        Keys keys;
        const QString text = offlineToken(keys, fullHousingFundForm());
        QVERIFY2(text.size() <= PrefillTokenCodec::MaxOfflineChars, qPrintable(QString::number(text.size())));

        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(MEccLevel).setMargin(0);
        const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 0, 0);
        const int version = (matrix.width() - 17) / 4;
        qInfo("offline token: %lld characters, QR version %d", static_cast<long long>(text.size()), version);
        QVERIFY2(version <= 25, qPrintable(QString::number(version)));

        cv::Mat image = test::qrImage(text, 4);
        QVERIFY(!image.empty());
        // What level zxing-cpp really encoded: read it back.
        const ZXing::ImageView view(image.data, image.cols, image.rows, ZXing::ImageFormat::Lum);
        const ZXing::Result read = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        QVERIFY(read.isValid());

        const QrDecodeResult decoded = QrDecoder().decode(image);
        QCOMPARE(decoded.codes, QStringList{text});

        PrefillTokenPolicy policy;
        policy.publicKeys.insert(keys.signer.keyId(), keys.signer.publicKey());
        policy.scopes = {QStringLiteral("BR001")};
        policy.knownService = [](const QString &) { return true; };
        policy.now = QDateTime::currentDateTimeUtc();
        const Result<PrefillToken> token = PrefillTokenCodec::parse(decoded.codes.first(), policy);
        QVERIFY2(token.ok(), qPrintable(token.reason()));
        QVERIFY(token->isOffline());
        QCOMPARE(OfflinePayload::open(token->sealedPayload, keys.branch).value(), fullHousingFundForm());
    }

    // The level the writer is told for M: read back from a code it made.
    void writerLevelIsM()
    {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(MEccLevel).setMargin(4);
        const ZXing::BitMatrix matrix = writer.encode("ETB1.ABC", 0, 0);
        cv::Mat image(matrix.height() * 4, matrix.width() * 4, CV_8U);
        for (int y = 0; y < image.rows; ++y)
            for (int x = 0; x < image.cols; ++x)
                image.at<uchar>(y, x) = matrix.get(x / 4, y / 4) ? 0 : 255;
        const ZXing::ImageView view(image.data, image.cols, image.rows, ZXing::ImageFormat::Lum);
        const ZXing::Result read = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        QVERIFY(read.isValid());
        QCOMPARE(QString::fromStdWString(read.ecLevel()), QStringLiteral("M"));
    }

private:
    static constexpr int MEccLevel = 3;
};

QTEST_GUILESS_MAIN(TestOfflinePayload)
#include "tst_offlinepayload.moc"
