#include "HttpConnection.h"

#include "CoreServerLogging.h"
#include "HttpRequestParser.h"
#include "HttpService.h"
#include "RateLimiter.h"

#include <QSslSocket>

namespace branch {
namespace {
// After a final answer, what a client still sends (say, the rest of a body
// core refused) is read and dropped until the client pauses, so that closing
// does not reset the connection before the client has read the answer. A
// client that keeps sending is cut off after 8 MiB or 2 s.
constexpr qint64 MaxDrainBytes = 8 * 1024 * 1024;
constexpr std::chrono::milliseconds DrainTime{2000};
constexpr std::chrono::milliseconds QuietBeforeClose{250};
} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, const QHostAddress &peer, HttpService &service,
                               const FrontEndLimits &limits, LogLimiter &log, QObject *parent)
    : QObject(parent), m_socket(socket), m_peer(peer), m_service(service), m_limits(limits), m_log(log)
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietBeforeClose);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        if (m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
        else
            m_quiet.start();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_peerCertificate = m_socket->peerCertificate().toDer();
        enter(Phase::Head);
        process(); // bytes may have come with the handshake's last flight
    });
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QSslSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
    m_timer.start(m_limits.handshakeTimeout);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::enter(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::Handshake:
        break;
    case Phase::Idle:
        m_timer.start(m_limits.idleTimeout);
        break;
    case Phase::Head:
        m_timer.start(m_limits.headTimeout);
        break;
    case Phase::Body:
        m_timer.start(m_limits.bodyTimeout);
        break;
    case Phase::Closing:
        m_timer.start(DrainTime);
        break;
    }
}

void HttpConnection::process()
{
    if (m_phase == Phase::Handshake || m_finished)
        return;
    if (m_phase == Phase::Closing) {
        drain();
        return;
    }
    // Each pass handles one request; pipelined ones follow in order.
    while (!m_paused && !m_finished) {
        if (m_phase == Phase::Idle || m_phase == Phase::Head) {
            if (!readHead())
                return;
        } else if (m_phase == Phase::Body) {
            if (!readBody())
                return;
        } else {
            return;
        }
    }
}

// True when a head was read and admitted and the body phase begins.
bool HttpConnection::readHead()
{
    const qsizetype room = m_limits.http.maxHeadBytes - m_buffer.size();
    if (room > 0 && m_socket->bytesAvailable() > 0)
        m_buffer += m_socket->read(room);
    if (m_buffer.isEmpty())
        return false;
    if (m_phase == Phase::Idle)
        enter(Phase::Head); // a new request has begun: it now has headTimeout to arrive
    const HttpHeadParse parse = parseRequestHead(m_buffer, m_limits.http);
    if (parse.failed()) {
        refuse(parse.status, parse.reason);
        return false;
    }
    if (!parse.complete())
        return false;
    m_buffer.remove(0, parse.consumed);
    m_request = parse.head;
    m_request.peerCertificate = m_peerCertificate;

    const bool hasLength = !m_request.header("Content-Length").isNull();
    const bool needsBody = m_request.method == "POST" || m_request.method == "PUT" || m_request.method == "PATCH";
    if (needsBody && !hasLength) {
        refuse(411, "length_required");
        return false;
    }
    HttpService::Admission admission = m_service.admit(m_request, m_peer);
    if (admission.refusal) {
        // Unread body bytes would be taken for the next request: close instead.
        send(*admission.refusal, !m_request.keepAlive || m_request.contentLength > 0);
        return m_phase != Phase::Closing && !m_finished;
    }
    if (m_request.contentLength > admission.maxBody) {
        refuse(413, "body_too_large");
        return false;
    }
    // No reserve(): memory follows the bytes that arrive, not the length announced.
    enter(Phase::Body);
    return true;
}

// True when the request was answered and the connection stays open for the next.
bool HttpConnection::readBody()
{
    qint64 missing = m_request.contentLength - m_request.body.size();
    if (missing > 0 && !m_buffer.isEmpty()) {
        const qsizetype take = qMin<qsizetype>(m_buffer.size(), missing);
        m_request.body += m_buffer.left(take);
        m_buffer.remove(0, take);
        missing -= take;
    }
    if (missing > 0 && m_socket->bytesAvailable() > 0) {
        m_request.body += m_socket->read(missing);
        missing = m_request.contentLength - m_request.body.size();
    }
    if (missing > 0)
        return false;
    const HttpResponse response = m_service.respond(m_request, m_peer);
    ++m_served;
    const bool close = !m_request.keepAlive || m_served >= m_limits.maxRequestsPerConnection;
    send(response, close);
    return !close && !m_finished;
}

void HttpConnection::send(const HttpResponse &response, bool close)
{
    m_request = HttpRequest();
    m_socket->write(response.serialize(close));
    if (close) {
        enter(Phase::Closing);
        drain();
        onBytesWritten();
        return;
    }
    enter(m_buffer.isEmpty() ? Phase::Idle : Phase::Head);
    if (m_socket->bytesToWrite() > m_limits.maxPendingWriteBytes)
        m_paused = true; // the client does not read its answers; stop reading its requests
}

void HttpConnection::refuse(int status, const QByteArray &reason)
{
    qint64 suppressed = 0;
    if (m_log.allow(QStringLiteral("http-") + QString::number(status), &suppressed)) {
        qCInfo(lcCoreServer).noquote() << "refused" << status << reason << "from" << m_peer.toString()
                                       << (suppressed ? QStringLiteral("(%1 alike not logged)").arg(suppressed) : QString());
    }
    m_buffer.clear();
    send(m_service.protocolError(status, reason), true);
}

void HttpConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Handshake:
    case Phase::Closing:
        m_socket->abort();
        finish();
        break;
    case Phase::Idle:
        m_socket->disconnectFromHost();
        break;
    case Phase::Head:
        refuse(408, "header_timeout");
        break;
    case Phase::Body:
        refuse(408, "body_timeout");
        break;
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_phase == Phase::Closing) {
        if (m_socket->bytesToWrite() == 0 && !m_quiet.isActive())
            m_quiet.start();
        return;
    }
    if (m_paused && m_socket->bytesToWrite() <= m_limits.maxPendingWriteBytes / 4) {
        m_paused = false;
        process();
    }
}

void HttpConnection::drain()
{
    bool read = false;
    while (m_socket->bytesAvailable() > 0 && m_drained <= MaxDrainBytes) {
        m_drained += m_socket->read(64 * 1024).size();
        read = true;
    }
    if (m_drained > MaxDrainBytes && m_socket->bytesToWrite() == 0) {
        m_socket->abort();
        finish();
        return;
    }
    if (read)
        m_quiet.start(); // the client is still sending: wait for it to pause
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_quiet.stop();
    Q_EMIT finished();
    deleteLater();
}

} // namespace branch
