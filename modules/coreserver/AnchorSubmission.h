#pragma once

#include <QByteArray>
#include <QString>

namespace branch {

// The body of POST /v1/audit/anchors, read strictly (docs/api/openapi.yaml).
struct AnchorSubmission
{
    qint64 sequence = 0; // the kiosk's audit head: row id, 0 for an empty log
    QString head;        // 64 lower-case hex
    qint64 from = 0;     // the anchor this extends; 0: none yet
    QByteArray macs;     // the rows' MACs from+1 .. sequence, 32 bytes each
    bool chainIntact = true;
    qint64 brokenRow = 0;  // the kiosk's own finding, when not intact
    QString brokenReason;
};

struct AnchorParse
{
    AnchorSubmission submission;
    QString reason; // stable snake_case, empty on success

    bool ok() const { return reason.isEmpty(); }
};

// Refuses unknown members, numbers written with a fraction or exponent,
// integers outside 0 .. 2^53-1, hex that is not lower-case, a "links" string
// that is not whole 32-byte MACs or holds more than
// AuditChain::MaxLinksPerAnchor of them.
AnchorParse parseAnchorSubmission(const QByteArray &body);

} // namespace branch
