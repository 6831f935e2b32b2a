#include "Credentials.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace branch::Credentials {

bool isDeviceId(const QString &id)
{
    if (id.size() < 2 || id.size() > 12)
        return false;
    for (const QChar c : id) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

bool isSecret(const QString &secret)
{
    if (secret.size() != 43)
        return false;
    for (const QChar c : secret) {
        const bool alnum = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

QString newSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newEnrolmentCode()
{
    // No 0/O, 1/I/L: the code is read off a terminal and typed on a kiosk.
    static const char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    const int n = int(sizeof(alphabet) - 1);
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(u'-');
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]));
    }
    return code;
}

QString normalizeEnrolmentCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c != u'-' && !c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

QByteArray sha256Hex(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = static_cast<unsigned char>(diff | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i])));
    return diff == 0;
}

Bearer parseBearer(const QByteArray &authorization)
{
    Bearer bearer;
    static const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(prefix))
        return bearer;
    const QString token = QString::fromLatin1(authorization.mid(prefix.size())).trimmed();
    const qsizetype dot = token.indexOf(u'.');
    if (dot < 0)
        return bearer;
    bearer.deviceId = token.left(dot);
    bearer.secret = token.mid(dot + 1);
    bearer.valid = isDeviceId(bearer.deviceId) && isSecret(bearer.secret);
    return bearer;
}

} // namespace branch::Credentials
