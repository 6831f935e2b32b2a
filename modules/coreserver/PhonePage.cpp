#include "PhonePage.h"

#include "CoreHttp.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

namespace branch {

PhonePage::PhonePage(const QString &root)
{
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        File entry;
        entry.body = file.readAll();
        // qCompress() is a zlib stream behind a 4-byte length: the stream
        // alone is what HTTP calls deflate. Done once, at start-up.
        const QByteArray compressed = qCompress(entry.body, 9).mid(4);
        if (compressed.size() < entry.body.size())
            entry.deflated = compressed;
        entry.etag = '"' + QCryptographicHash::hash(entry.body, QCryptographicHash::Sha256).toHex().left(32) + '"';
        m_files.insert(path.mid(root.size() + 1), entry);
    }
}

// Scripts, styles and requests to this origin only; images also from the
// page itself (the QR code and photo previews are data: and blob: URLs).
// No inline script or style, no frames, no plug-ins, no form posts elsewhere.
QByteArray PhonePage::contentSecurityPolicy()
{
    return QByteArrayLiteral("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                             "connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; "
                             "frame-ancestors 'none'");
}

QByteArray PhonePage::contentType(const QString &name)
{
    if (name.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (name.endsWith(QLatin1String(".svg")))
        return QByteArrayLiteral("image/svg+xml");
    if (name.endsWith(QLatin1String(".png")))
        return QByteArrayLiteral("image/png");
    if (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".webmanifest")))
        return QByteArrayLiteral("application/json");
    return QByteArrayLiteral("application/octet-stream");
}

std::optional<HttpResponse> PhonePage::serve(const QString &path, const QByteArray &ifNoneMatch,
                                             const QByteArray &acceptEncoding, const QDateTime &now) const
{
    const QString name = path.isEmpty() ? QStringLiteral("index.html") : path;
    const auto found = m_files.constFind(name);
    if (found == m_files.constEnd())
        return std::nullopt;
    HttpResponse response;
    response.setHeader(QByteArrayLiteral("ETag"), found->etag);
    // Small files: the browser asks again each time and mostly gets a 304,
    // so a new bundle is never mixed with an old page.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"), contentSecurityPolicy());
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.setHeader(QByteArrayLiteral("Strict-Transport-Security"), QByteArrayLiteral("max-age=31536000"));
    response.setHeader(QByteArrayLiteral("Date"), CoreHttp::httpDate(now));
    response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    for (const QByteArray &candidate : candidates) {
        if (candidate.trimmed() == found->etag) {
            response.status = CoreHttp::Status::NotModified;
            return response;
        }
    }
    response.status = CoreHttp::Status::Ok;
    response.setHeader(QByteArrayLiteral("Content-Type"), contentType(name));
    const bool deflate = !found->deflated.isEmpty() && acceptEncoding.toLower().contains("deflate");
    if (deflate)
        response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("deflate"));
    response.body = deflate ? found->deflated : found->body;
    return response;
}

} // namespace branch
