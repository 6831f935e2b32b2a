#include "PayloadCodec.h"

namespace branch {

PayloadCodec::~PayloadCodec() = default;

QByteArray payloadContext(QLatin1String column, const QString &receiptNumber)
{
    return QByteArrayLiteral("submissions.") + QByteArray(column.data(), column.size()) + '/'
         + receiptNumber.toUtf8();
}

QString PlainPayloadCodec::name() const
{
    return QStringLiteral("plain");
}

// Nothing to bind to: plain bytes protect nothing, wherever they are.
StoreResult<QByteArray> PlainPayloadCodec::encode(const QByteArray &plain, const QByteArray &) const
{
    return {plain, {}};
}

StoreResult<QByteArray> PlainPayloadCodec::decode(const QByteArray &stored, const QByteArray &) const
{
    return {stored, {}};
}

} // namespace branch
