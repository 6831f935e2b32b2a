#include "FaultProxy.h"

#include "HttpFraming.h"

#include <QTimer>

namespace branch {

FaultProxy::FaultProxy(const QSslConfiguration &serverTls, const UpstreamConfig &upstream, quint32 seed)
    : m_upstream(upstream)
    , m_plan(seed)
{
    m_server.setSslConfiguration(serverTls);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            new ProxyConnection(qobject_cast<QSslSocket *>(socket), m_upstream, *this);
    });
}

bool FaultProxy::listen(quint16 port, QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, port))
        return true;
    *error = m_server.errorString();
    return false;
}

void FaultProxy::hold(std::function<void()> release)
{
    m_held.append(std::move(release));
    // Nothing else arrived: let it go on its own, late.
    QTimer::singleShot(300, this, [this] { forwarded(); });
}

void FaultProxy::forwarded()
{
    if (m_held.isEmpty())
        return;
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    // After the current write: the held requests reach core behind it.
    QTimer::singleShot(0, this, [held] {
        for (const auto &release : held)
            release();
    });
}

void FaultProxy::sendCopy(const QByteArray &request, int afterMs)
{
    QTimer::singleShot(afterMs, this, [this, request] {
        auto *socket = new QSslSocket(this);
        auto *received = new QByteArray;
        socket->setSslConfiguration(m_upstream.tls);
        connect(socket, &QSslSocket::readyRead, socket, [socket, received] {
            *received += socket->readAll();
            if (httpMessageLength(*received) != 0)
                socket->disconnectFromHost(); // the copy's answer goes nowhere
        });
        connect(socket, &QSslSocket::disconnected, socket, [socket, received] {
            delete received;
            socket->deleteLater();
        });
        connect(socket, &QSslSocket::errorOccurred, socket, [socket] { socket->abort(); });
        socket->connectToHostEncrypted(m_upstream.host, m_upstream.port);
        socket->write(request);
    });
}

} // namespace branch
