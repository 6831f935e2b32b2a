#pragma once

#include "HttpFrontEnd.h"
#include "HttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSslSocket;

namespace branch {

class HttpService;
class LogLimiter;

// One client connection of HttpFrontEnd: TLS handshake, then requests one
// after another (pipelined ones are answered in order). Every phase has a
// deadline, and no buffer grows past the limits, whatever the client does:
// the head is read at most limits.http.maxHeadBytes at a time, the body only
// after the service has admitted the head and up to the route's limit, and
// reading stops while the client leaves answers unread.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QSslSocket *socket, const QHostAddress &peer, HttpService &service, const FrontEndLimits &limits,
                   LogLimiter &log, QObject *parent = nullptr);
    ~HttpConnection() override;

Q_SIGNALS:
    void finished(); // once; the connection deletes itself afterwards

private:
    enum class Phase { Handshake, Idle, Head, Body, Closing };

    void enter(Phase phase);
    void process();
    bool readHead();
    bool readBody();
    void send(const HttpResponse &response, bool close);
    void refuse(int status, const QByteArray &reason);
    void onTimeout();
    void onBytesWritten();
    void drain();
    void finish();

    QSslSocket *m_socket;
    QHostAddress m_peer;
    HttpService &m_service;
    FrontEndLimits m_limits;
    LogLimiter &m_log;
    QTimer m_timer; // the deadline of the current phase
    QTimer m_quiet; // closing: how long the client must pause before core closes
    Phase m_phase = Phase::Handshake;
    QByteArray m_buffer; // bytes read but not yet used (head, or pipelined requests)
    QByteArray m_peerCertificate; // the client's, from the handshake (DER); the service checks it
    HttpRequest m_request;
    int m_served = 0;
    bool m_paused = false;
    qint64 m_drained = 0;
    bool m_finished = false;
};

} // namespace branch
