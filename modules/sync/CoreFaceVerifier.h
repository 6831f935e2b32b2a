#pragma once

#include "FaceVerifier.h"

namespace branch {

class HttpsCoreClient;

// The face check done at core (POST /v1/identity/face-check): the reference
// core runs the local method; a bank's core forwards to its online identity
// check. The live frame goes as a JPEG of the frame; refused with
// verifier_unavailable when core cannot be reached or cannot judge.
class CoreFaceVerifier final : public face::FaceVerifier
{
public:
    explicit CoreFaceVerifier(HttpsCoreClient &client) : m_client(client) {}

    face::FaceDecision verify(const cv::Mat &liveFrame, const QByteArray &cardPhoto) override;

private:
    HttpsCoreClient &m_client;
};

} // namespace branch
