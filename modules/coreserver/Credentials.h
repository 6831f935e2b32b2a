#pragma once

#include <QByteArray>
#include <QString>

namespace branch {

// Device credentials: "Bearer <deviceId>.<secret>". Core keeps only the
// SHA-256 of a secret or an enrolment code, never the value itself.
namespace Credentials {

bool isDeviceId(const QString &id); // 2..12 of A-Z 0-9
bool isSecret(const QString &secret); // 43 url-safe base64 chars

QString newSecret();         // 32 random bytes, url-safe base64 without padding
QString newEnrolmentCode();  // XXXX-XXXX-XXXX-XXXX, unambiguous letters and digits
QString normalizeEnrolmentCode(const QString &code); // drops '-' and spaces, upper-cases

QByteArray sha256Hex(const QString &text);
// Runs in time independent of where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

struct Bearer
{
    QString deviceId;
    QString secret;
    bool valid = false;
};
Bearer parseBearer(const QByteArray &authorization);

} // namespace Credentials
} // namespace branch
