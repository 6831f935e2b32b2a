#pragma once

#include "FaultPlan.h"
#include "ProxyConnection.h"

#include <QSslServer>

#include <functional>

namespace branch {

// A TLS-terminating HTTP proxy between the kiosk and branch-core that
// injects faults (see Fault). It holds core's development certificate so the
// kiosk, trusting only the development CA, still verifies the connection.
// Core wants the kiosk's client certificate, which ends here with the TLS:
// given --client-cert, the proxy passes it on in X-Client-Certificate as
// nginx does, and core believes it from the proxy's certificate only.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    FaultProxy(const QSslConfiguration &serverTls, const UpstreamConfig &upstream, quint32 seed);

    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    FaultPlan &plan() { return m_plan; }

    // Reorder: a held request runs after the next one is forwarded.
    void hold(std::function<void()> release);
    void forwarded();
    // Duplicate: a second copy of the request on a fresh upstream connection.
    void sendCopy(const QByteArray &request, int afterMs);

private:
    QSslServer m_server;
    UpstreamConfig m_upstream;
    FaultPlan m_plan;
    QList<std::function<void()>> m_held;
};

} // namespace branch
