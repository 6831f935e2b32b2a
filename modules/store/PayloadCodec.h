#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QString>

namespace branch {

// How personal data (form values, signatures) is turned into the bytes stored
// in a submission row, and back. This is the seam for field-level encryption
// at rest: a sealing codec replaces the plain one, and each row records the
// codec that wrote it so old rows stay readable after the switch.
class PayloadCodec
{
public:
    virtual ~PayloadCodec();
    // Stored with each row; stable ASCII, e.g. "plain".
    virtual QString name() const = 0;
    virtual StoreResult<QByteArray> encode(const QByteArray &plain) const = 0;
    virtual StoreResult<QByteArray> decode(const QByteArray &stored) const = 0;
};

// Stores bytes exactly as given: NO protection at rest. It exists so that
// submissions can be stored before encryption is built, and its name makes
// every row it wrote easy to find and re-seal later.
class PlainPayloadCodec final : public PayloadCodec
{
public:
    QString name() const override;
    StoreResult<QByteArray> encode(const QByteArray &plain) const override;
    StoreResult<QByteArray> decode(const QByteArray &stored) const override;
};

} // namespace branch
