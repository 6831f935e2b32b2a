#include "PayloadCodec.h"

namespace branch {

PayloadCodec::~PayloadCodec() = default;

QString PlainPayloadCodec::name() const
{
    return QStringLiteral("plain");
}

StoreResult<QByteArray> PlainPayloadCodec::encode(const QByteArray &plain) const
{
    return {plain, {}};
}

StoreResult<QByteArray> PlainPayloadCodec::decode(const QByteArray &stored) const
{
    return {stored, {}};
}

} // namespace branch
