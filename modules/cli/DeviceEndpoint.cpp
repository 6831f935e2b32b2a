#include "DeviceEndpoint.h"

#include "DeviceSecrets.h"
#include "HttpsCoreClient.h"

namespace branch {

void presentDevice(CoreEndpoint &endpoint, DeviceSecrets &device)
{
    endpoint.credential = device.credential;
    endpoint.clientCertificate = device.certificate;
    endpoint.clientKey = device.privateKey;
    device.scrub();
}

} // namespace branch
