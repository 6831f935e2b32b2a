#pragma once

// A TLS client that writes exactly the bytes a test gives it and reads raw
// HTTP/1.1 responses, for probing core's front end where QNetworkAccessManager
// would tidy the request up. Synchronous: waits on the socket, no event loop.

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace coretest {

struct RawResponse
{
    int status = 0; // 0: no complete response
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

class RawTlsClient
{
public:
    // `own` and `key`: the client certificate to present, if any.
    explicit RawTlsClient(const QList<QSslCertificate> &ca, const QSslCertificate &own = QSslCertificate(),
                          const QSslKey &key = QSslKey())
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(ca);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!own.isNull()) {
            tls.setLocalCertificate(own);
            tls.setPrivateKey(key);
        }
        m_socket.setSslConfiguration(tls);
        m_socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    }

    // `from` picks the loopback source address (127.0.0.x), so tests can
    // act as several clients.
    bool connect(quint16 port, const QHostAddress &from = QHostAddress(QStringLiteral("127.0.0.1")), int timeoutMs = 10000)
    {
        m_socket.bind(from);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForEncrypted(timeoutMs);
    }

    bool write(const QByteArray &bytes, int timeoutMs = 10000)
    {
        m_socket.write(bytes);
        QElapsedTimer timer;
        timer.start();
        while (m_socket.bytesToWrite() > 0 && timer.elapsed() < timeoutMs) {
            if (!m_socket.waitForBytesWritten(int(timeoutMs - timer.elapsed())))
                break;
        }
        return m_socket.bytesToWrite() == 0;
    }

    // The next complete response (head and Content-Length body).
    RawResponse read(int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        RawResponse r;
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                r.head = m_buffer.left(end);
                const qint64 length = r.header("Content-Length").toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    r.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    r.status = r.head.mid(9, 3).toInt();
                    return r;
                }
            }
            if (timer.elapsed() >= timeoutMs)
                return r;
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(int(timeoutMs - timer.elapsed()))) {
                m_buffer += m_socket.readAll();
                if (m_socket.state() != QAbstractSocket::ConnectedState && m_buffer.indexOf("\r\n\r\n") < 0)
                    return r;
                continue;
            }
            m_buffer += m_socket.readAll();
        }
    }

    // True once core has closed the connection (within the time given).
    bool waitClosed(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            if (!m_socket.waitForReadyRead(int(timeoutMs - timer.elapsed())))
                break;
            m_buffer += m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

    QSslSocket &socket() { return m_socket; }

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
};

} // namespace coretest
