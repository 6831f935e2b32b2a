#pragma once

#include <QCoreApplication>
#include <QString>

namespace branch::face {

// Why a face check did not pass. Stable codes that flow, core and tests compare.
inline const QString kNoFace = QStringLiteral("no_face");
inline const QString kSeveralFaces = QStringLiteral("several_faces");
inline const QString kFaceTooSmall = QStringLiteral("face_too_small");
inline const QString kNoMatch = QStringLiteral("no_match");
inline const QString kLivenessFailed = QStringLiteral("liveness_failed");
inline const QString kPhotoUnreadable = QStringLiteral("photo_unreadable");
inline const QString kNoPhotoFace = QStringLiteral("photo_no_face");
inline const QString kFrameUnreadable = QStringLiteral("frame_unreadable");
inline const QString kVerifierUnavailable = QStringLiteral("verifier_unavailable");

// The sentence for a face reason, in the customer's language.
class FaceMessages
{
    Q_DECLARE_TR_FUNCTIONS(branch::FaceMessages)
public:
    static QString message(const QString &reason);
};

} // namespace branch::face
