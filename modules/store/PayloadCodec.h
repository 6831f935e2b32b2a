#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QString>

namespace branch {

// How personal data (form values, signatures) is turned into the bytes stored
// in a submission row, and back. This is the seam for field-level encryption
// at rest: a sealing codec replaces the plain one, and each row records the
// codec that wrote it so old rows stay readable after the switch.
//
// `context` names where the value is stored (payloadContext()). A sealing
// codec binds it to the value, so a value copied into another row or column
// no longer opens; decode must be given the same context as encode.
class PayloadCodec
{
public:
    virtual ~PayloadCodec();
    // Stored with each row; stable ASCII, e.g. "plain".
    virtual QString name() const = 0;
    virtual StoreResult<QByteArray> encode(const QByteArray &plain, const QByteArray &context) const = 0;
    virtual StoreResult<QByteArray> decode(const QByteArray &stored, const QByteArray &context) const = 0;
};

// The submissions columns that hold sealed values, in the order the
// repository and key rotation read them.
namespace PayloadColumn {
inline constexpr QLatin1String all[] = {QLatin1String("payload"), QLatin1String("signature_png"),
                                        QLatin1String("signature_strokes")};
} // namespace PayloadColumn

// The context of a submissions column of the row with this receipt number
// (unique, and allocated before the row is written).
QByteArray payloadContext(QLatin1String column, const QString &receiptNumber);

// Stores bytes exactly as given: NO protection at rest. It exists so that
// submissions can be stored before encryption is built, and its name makes
// every row it wrote easy to find and re-seal later.
class PlainPayloadCodec final : public PayloadCodec
{
public:
    QString name() const override;
    StoreResult<QByteArray> encode(const QByteArray &plain, const QByteArray &context) const override;
    StoreResult<QByteArray> decode(const QByteArray &stored, const QByteArray &context) const override;
};

} // namespace branch
