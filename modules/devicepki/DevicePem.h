#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace branch::DevicePem {

// Nothing a device sends in PEM is longer: a P-256 certificate or request
// is well under 1 KiB.
inline constexpr qsizetype MaxBytes = 8 * 1024;

// The DER bytes of `pem` when it is exactly one block labelled `label`
// ("CERTIFICATE REQUEST", "CERTIFICATE"): whitespace may surround it, but
// there are no headers, no second block, and the lines between BEGIN and END
// hold canonical base64 only (LF or CRLF). Empty otherwise.
QByteArray decode(const QByteArray &pem, QByteArrayView label);

// DER as a PEM block with 64-character lines and LF line ends.
QByteArray encode(const QByteArray &der, QByteArrayView label);

} // namespace branch::DevicePem
