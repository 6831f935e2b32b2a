#pragma once

#include "BatchParser.h"
#include "CoreRules.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <optional>

namespace branch {

class Clock;
class CoreStore;

// The core gateway's HTTPS API (docs/api/openapi.yaml). Runs on the calling
// thread's event loop; each request's store work is synchronous.
class CoreServer : public QObject
{
    Q_OBJECT

public:
    CoreServer(CoreStore &store, const Clock &clock, CoreRules rules, QObject *parent = nullptr);
    ~CoreServer() override;

    // Loads the PEM certificate (chain) and private key; TLS 1.2 or later.
    bool setupTls(const QString &certPath, const QString &keyPath, QString *error);
    // Returns the bound port, 0 on failure. Without setupTls() the server
    // refuses to listen: the contract is HTTPS only.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

    void setLimits(const BatchLimits &limits) { m_limits = limits; }

private:
    struct Caller
    {
        QString deviceId;
        std::optional<QHttpServerResponse> refusal;
    };
    Caller authenticate(const QHttpServerRequest &request);

    QHttpServerResponse enrol(const QHttpServerRequest &request);
    QHttpServerResponse batch(const QHttpServerRequest &request);
    QHttpServerResponse transaction(const QString &key, const QHttpServerRequest &request);
    QHttpServerResponse reference(const QString &name, const QHttpServerRequest &request);
    QHttpServerResponse time(const QHttpServerRequest &request);
    QHttpServerResponse unavailable();
    void addRoutes();

    CoreStore &m_store;
    const Clock &m_clock;
    CoreRules m_rules;
    BatchLimits m_limits;
    QHttpServer m_http;
    bool m_tls = false;
};

} // namespace branch
