#pragma once

#include "CoreMessages.h"

namespace branch {

// The kiosk's view of branch-core. Calls block the calling thread until core
// answers, fails or times out; the kiosk runs its relay on a worker thread.
// Tests substitute a scripted client (tests/sync) to inject every fault.
class CoreClient
{
public:
    virtual ~CoreClient();

    virtual BatchReply sendBatch(const QList<CoreTransaction> &transactions) = 0;
    virtual LookupReply lookup(const QString &key) = 0;
    // etag: the one stored with the current copy, or empty.
    virtual ReferenceReply fetchReference(const QString &name, const QString &etag) = 0;
    // csrPem: the device's certificate request (DeviceKey).
    virtual EnrollReply enroll(const QString &deviceId, const QString &enrolmentCode, const QByteArray &csrPem) = 0;
    // GET /v1/time: the cheapest question there is. An idle kiosk asks it every
    // few seconds, so the badge follows core within seconds of a failure.
    virtual CoreReply fetchTime() = 0;
    // The newest audit anchor core holds for this device; NotFound: none yet.
    virtual AnchorReply latestAnchor() = 0;
    // Asks core to anchor the audit log's head; Client with core's reason
    // (anchor_regressed, anchor_conflict, anchor_inconsistent, ...) when refused.
    virtual AnchorReply anchor(const AnchorRequest &request) = 0;
};

// The device a credential "<deviceId>.<secret>" names; empty if none.
QString credentialDeviceId(const QByteArray &credential);

} // namespace branch
