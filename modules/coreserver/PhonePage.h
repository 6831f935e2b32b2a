#pragma once

#include "HttpMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace branch {

// The phone page's static bundle (phone/, built by CMake with esbuild and
// embedded under :/phone), served at /h5/ to browsers, which have no device
// certificate. Every file goes out with its content type, an ETag, a strict
// Content-Security-Policy and no caching without revalidation; the page
// talks to this origin only.
class PhonePage
{
public:
    // Reads every file under `root` once ("index.html", "app.js", ...).
    explicit PhonePage(const QString &root = QStringLiteral(":/phone"));

    static QByteArray contentSecurityPolicy();
    static QByteArray contentType(const QString &name);

    bool isEmpty() const { return m_files.isEmpty(); }
    // `path` below /h5/ ("" for the page); nullopt when there is no such file.
    // Compressed when the browser accepts deflate.
    std::optional<HttpResponse> serve(const QString &path, const QByteArray &ifNoneMatch, const QByteArray &acceptEncoding,
                                      const QDateTime &now) const;

private:
    struct File
    {
        QByteArray body;
        QByteArray deflated; // zlib stream ("Content-Encoding: deflate"); empty when it would not save
        QByteArray etag;
    };
    QHash<QString, File> m_files;
};

} // namespace branch
