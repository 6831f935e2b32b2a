#include "KioskPayments.h"

#include "Database.h"
#include "HttpsCoreClient.h"
#include "PaymentQueue.h"
#include "UiLog.h"

namespace branch {

namespace {

void scrub(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

std::unique_ptr<PaymentQueue> startPayments(const KioskPaymentSetup &setup)
{
    if (!setup.reader || !setup.pad || setup.credential.isEmpty() || setup.certificate.isEmpty()
        || setup.key.isEmpty()) {
        qCInfo(lcUi) << "card payments: off (no card devices or the kiosk is not enrolled)";
        return nullptr;
    }
    PaymentQueueOptions options;
    options.databasePath = setup.databasePath;
    options.reader = setup.reader;
    options.pad = setup.pad;
    options.clock = setup.clock;
    // Called once, on the worker thread; the secrets go as soon as the client has them.
    auto held = std::make_shared<KioskPaymentSetup>(setup);
    options.gateway = [held]() -> std::unique_ptr<PaymentGateway> {
        CoreEndpoint endpoint;
        endpoint.baseUrl = held->coreUrl;
        endpoint.caFile = held->caFile;
        endpoint.credential = held->credential;
        endpoint.clientCertificate = held->certificate;
        endpoint.clientKey = held->key;
        scrub(held->credential);
        scrub(held->certificate);
        scrub(held->key);
        QString error;
        Database db;
        std::unique_ptr<HttpsCoreClient> client;
        if (db.open({held->databasePath}).ok)
            client = HttpsCoreClient::createEnrolled(db, endpoint, &error);
        scrub(endpoint.credential);
        scrub(endpoint.clientCertificate);
        scrub(endpoint.clientKey);
        if (!client)
            qCWarning(lcUi) << "card payments: no client for core:" << error;
        return client;
    };
    auto queue = std::make_unique<PaymentQueue>(options);
    queue->start();
    return queue;
}

} // namespace branch
