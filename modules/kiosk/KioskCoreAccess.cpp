#include "KioskCoreAccess.h"

#include "Database.h"
#include "HttpsCoreClient.h"
#include "UiLog.h"

namespace branch {

namespace {

void scrub(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

std::unique_ptr<HttpsCoreClient> connectEnrolled(KioskCoreAccess &access, const char *what)
{
    CoreEndpoint endpoint;
    endpoint.baseUrl = access.coreUrl;
    endpoint.caFile = access.caFile;
    endpoint.credential = access.credential;
    endpoint.clientCertificate = access.certificate;
    endpoint.clientKey = access.key;
    scrub(access.credential);
    scrub(access.certificate);
    scrub(access.key);
    QString error;
    Database db;
    std::unique_ptr<HttpsCoreClient> client;
    if (db.open({access.databasePath}).ok)
        client = HttpsCoreClient::createEnrolled(db, endpoint, &error);
    scrub(endpoint.credential);
    scrub(endpoint.clientCertificate);
    scrub(endpoint.clientKey);
    if (!client)
        qCWarning(lcUi) << what << "no client for core:" << error;
    return client;
}

} // namespace branch
