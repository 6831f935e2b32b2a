#pragma once

namespace branch {

struct CoreEndpoint;
struct DeviceSecrets;

// Core wants the device's credential and its client certificate together:
// both go into the endpoint, and the secrets' copies are scrubbed.
void presentDevice(CoreEndpoint &endpoint, DeviceSecrets &device);

} // namespace branch
