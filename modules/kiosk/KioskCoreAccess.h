#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

namespace branch {

class HttpsCoreClient;

// How a kiosk worker reaches core: what `branchctl device enroll` stored, with
// the device secrets read on the GUI thread (QtKeychain must not run on a
// worker's thread).
struct KioskCoreAccess
{
    QString databasePath;
    QUrl coreUrl;   // empty: as stored in the database
    QString caFile; // the same
    QByteArray credential;
    QByteArray certificate;
    QByteArray key;

    bool enrolled() const { return !credential.isEmpty() && !certificate.isEmpty() && !key.isEmpty(); }
};

// Core's client over mutual TLS, made on the calling (worker) thread; null
// when the kiosk is not enrolled or core's address is unknown (`what` names
// the worker in the log). The secrets in `access` are scrubbed either way.
std::unique_ptr<HttpsCoreClient> connectEnrolled(KioskCoreAccess &access, const char *what);

} // namespace branch
