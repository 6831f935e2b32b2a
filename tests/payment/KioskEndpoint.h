#pragma once

// The kiosk's connection to core as an enrolled kiosk has it: the address
// and CA from its database, the credential, certificate and key from its
// (development) secret store. Shared by payment_kiosk and tst_payment_e2e.

#include "Database.h"
#include "DeviceSecrets.h"
#include "HttpsCoreClient.h"
#include "SecretStoreFactory.h"
#include "SyncStatus.h"

#include <memory>

namespace branch::test {

inline std::unique_ptr<HttpsCoreClient> kioskClient(Database &db, const QString &secretsDir, QString *error)
{
    const auto stored = CoreSettings::load(db);
    if (!stored.ok()) {
        *error = stored.error.reason;
        return nullptr;
    }
    SecretStoreOptions options;
    options.developmentDirectory = secretsDir;
    auto secrets = openSecretStore(options);
    if (!secrets.ok()) {
        *error = secrets.reason();
        return nullptr;
    }
    Result<DeviceSecrets, SecurityError> device = DeviceSecrets::read(*secrets.value());
    if (!device.ok()) {
        *error = device.reason();
        return nullptr;
    }
    CoreEndpoint endpoint;
    endpoint.baseUrl = QUrl(stored.value.url);
    endpoint.caFile = stored.value.caFile;
    endpoint.credential = device.value().credential;
    endpoint.clientCertificate = device.value().certificate;
    endpoint.clientKey = device.value().privateKey;
    endpoint.timeoutMs = 10000;
    device.value().scrub();
    return HttpsCoreClient::create(endpoint, error);
}

} // namespace branch::test
