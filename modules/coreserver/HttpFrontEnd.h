#pragma once

#include "HttpRequestParser.h"

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>

#include <chrono>

namespace branch {

class HttpService;
class LogLimiter;

struct FrontEndLimits
{
    HttpLimits http;
    std::chrono::milliseconds handshakeTimeout{5000};
    std::chrono::milliseconds headTimeout{10000};   // from ready-for-request to a complete head
    std::chrono::milliseconds bodyTimeout{30000};   // from the head to the last body byte
    std::chrono::milliseconds idleTimeout{30000};   // keep-alive with no request under way
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 64;
    int maxRequestsPerConnection = 1000;
    qint64 maxPendingWriteBytes = 1024 * 1024; // stop reading while a client does not read
};

// Core's own small HTTPS/1.1 server. It accepts every connection itself
// (QTcpServer::incomingConnection), so no pending-connection queue can fill
// and pause accepting; a failed accept (out of descriptors) resumes after a
// short pause. Each connection is an HttpConnection with its own timeouts.
class HttpFrontEnd : public QTcpServer
{
    Q_OBJECT

public:
    HttpFrontEnd(HttpService &service, const QSslConfiguration &tls, FrontEndLimits limits, QObject *parent = nullptr);
    ~HttpFrontEnd() override;

    int connectionCount() const { return m_total; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void release(const QHostAddress &peer);

    HttpService &m_service;
    QSslConfiguration m_tls;
    FrontEndLimits m_limits;
    QHash<QHostAddress, int> m_perAddress;
    int m_total = 0;
    LogLimiter *m_log;
};

} // namespace branch
