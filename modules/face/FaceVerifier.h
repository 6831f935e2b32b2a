#pragma once

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

namespace branch::face {

// The outcome of a 1:1 comparison of a live face with an ID card's photo.
struct FaceDecision
{
    bool accepted = false;
    // Empty when accepted; else a reason of FaceReasons.h (no_match, no_face,
    // several_faces, face_too_small, photo_unreadable, ...).
    QString reason;
    // The method's distance between the two faces, lower is closer; and the
    // threshold it was held against (accepted when score <= threshold).
    // Both -1 when no comparison was made.
    double score = -1.0;
    double threshold = -1.0;
    QString method; // "lbph" for the local method

    static FaceDecision refused(const QString &reason)
    {
        FaceDecision d;
        d.reason = reason;
        return d;
    }
};

// Compares the customer's live face with the photo read from the ID card.
// LocalFaceVerifier runs on the kiosk (offline, demos); CoreFaceVerifier
// (modules/sync) asks core, whose reference implementation runs the local
// method and where a bank points at its own online identity-check gateway.
class FaceVerifier
{
public:
    virtual ~FaceVerifier();
    // `liveFrame`: a camera frame, 8-bit BGR or grey. `cardPhoto`: the
    // photo's image file bytes as IdCard::photo holds them.
    virtual FaceDecision verify(const cv::Mat &liveFrame, const QByteArray &cardPhoto) = 0;
};

// An image file's bytes (PNG, JPEG, BMP, ...) decoded to 8-bit BGR; empty when unreadable.
cv::Mat decodeImage(const QByteArray &bytes);

} // namespace branch::face
