#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;

// branchctl device enroll --core URL --ca FILE --device ID --code CODE
//                         [--database PATH] [--dev-insecure-secrets DIR]
//
// Makes the kiosk's key pair and certificate request (DeviceKey), trades the
// one-time enrolment code (from `branch-core device add ID`) and the request
// for the device secret and a client certificate over TLS, checks that the
// certificate is for this key, stores all three in the keychain
// (DeviceSecrets: "device-credential", "device-certificate", "device-key"),
// and records core's URL and CA file in the kiosk database for `sync run`.
// The secret and the key are never printed, logged or written elsewhere.
//
// Exit 0 enrolled, 1 core refused the code, 2 usage, 3 core, keychain or store failed.
class DeviceCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::DeviceCommand)
public:
    explicit DeviceCommand(const Clock &clock);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    const Clock &m_clock;
};

} // namespace branch
