#include "DevicePem.h"

namespace branch::DevicePem {
namespace {

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=';
}

} // namespace

QByteArray decode(const QByteArray &pem, QByteArrayView label)
{
    if (pem.size() > MaxBytes || label.isEmpty())
        return {};
    const QByteArray text = pem.trimmed();
    const QByteArray begin = "-----BEGIN " + label.toByteArray() + "-----";
    const QByteArray end = "-----END " + label.toByteArray() + "-----";
    if (text.size() < begin.size() + end.size() || !text.startsWith(begin) || !text.endsWith(end))
        return {};
    const QByteArray body = text.mid(begin.size(), text.size() - begin.size() - end.size());
    // BEGIN and END each stand on a line of their own.
    if (!(body.startsWith('\n') || body.startsWith("\r\n")) || !body.endsWith('\n'))
        return {};
    QByteArray base64;
    base64.reserve(body.size());
    for (const char c : body) {
        if (c == '\n' || c == '\r')
            continue;
        if (!isBase64Char(c))
            return {};
        base64.append(c);
    }
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    // Canonical only: no stray padding, no bits set past the last byte.
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != base64)
        return {};
    return decoded.decoded;
}

QByteArray encode(const QByteArray &der, QByteArrayView label)
{
    const QByteArray base64 = der.toBase64();
    QByteArray pem = "-----BEGIN " + label.toByteArray() + "-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += "-----END " + label.toByteArray() + "-----\n";
    return pem;
}

} // namespace branch::DevicePem
