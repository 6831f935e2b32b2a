#include "HttpFrontEnd.h"

#include "CoreServerLogging.h"
#include "HttpConnection.h"
#include "RateLimiter.h"

#include <QSslSocket>
#include <QTimer>

#include <unistd.h>

namespace branch {
namespace {
// Plaintext kept per connection by Qt: a client that sends faster than core
// reads waits in the kernel's buffers, not in core's memory.
constexpr qint64 SocketReadBuffer = 64 * 1024;

QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

HttpFrontEnd::HttpFrontEnd(HttpService &service, const QSslConfiguration &tls, FrontEndLimits limits, QObject *parent)
    : QTcpServer(parent), m_service(service), m_tls(tls), m_limits(limits), m_log(new LogLimiter(20))
{
    // Qt pauses accepting after an error it does not call temporary, such as
    // running out of file descriptors. Core resumes by itself.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        if (m_log->allow(QStringLiteral("accept-error")))
            qCWarning(lcCoreServer) << "accept failed:" << error << errorString() << "- resuming shortly";
        QTimer::singleShot(std::chrono::milliseconds(100), this, [this] { resumeAccepting(); });
    });
}

HttpFrontEnd::~HttpFrontEnd()
{
    close();
    // Connections go first: they refer to the log and report back to this object.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
    delete m_log;
}

void HttpFrontEnd::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    const QHostAddress peer = plainAddress(socket->peerAddress());
    int &fromPeer = m_perAddress[peer];
    if (m_total >= m_limits.maxConnections || fromPeer >= m_limits.maxConnectionsPerAddress) {
        const bool global = m_total >= m_limits.maxConnections;
        qint64 suppressed = 0;
        if (m_log->allow(QStringLiteral("connection-limit"), &suppressed)) {
            qCWarning(lcCoreServer).noquote()
                << "connection from" << peer.toString() << "closed:" << (global ? "core" : "this address") << "has"
                << (global ? m_total : fromPeer) << "connections"
                << (suppressed ? QStringLiteral("(%1 alike not logged)").arg(suppressed) : QString());
        }
        if (fromPeer == 0)
            m_perAddress.remove(peer);
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++fromPeer;
    ++m_total;
    socket->setSslConfiguration(m_tls);
    socket->setReadBufferSize(SocketReadBuffer);
    auto *connection = new HttpConnection(socket, peer, m_service, m_limits, *m_log, this);
    connect(connection, &HttpConnection::finished, this, [this, peer] { release(peer); });
    socket->startServerEncryption();
}

void HttpFrontEnd::release(const QHostAddress &peer)
{
    --m_total;
    auto it = m_perAddress.find(peer);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

} // namespace branch
