#pragma once

// The misbehaving clients of tst_core_abuse, all on this test's event loop.
// Each kind keeps its number of connections open for as long as the attack
// runs (a connection core closes is opened again) and counts how each ended.

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace coretest {

enum class AbuseKind { Idle, SlowHeader, HugeHeader, HugeBody, Pipelined };

class AbuseClients : public QObject
{
public:
    AbuseClients(quint16 port, QList<QSslCertificate> ca) : m_port(port)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(ca);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_drip.setInterval(1000);
        connect(&m_drip, &QTimer::timeout, this, [this] {
            for (QSslSocket *s : std::as_const(m_slow)) {
                if (s->isEncrypted())
                    s->write("X-Drip: 1\r\n");
            }
        });
        m_drip.start();
    }

    // `count` connections of `kind`, spread over `addresses` loopback sources from `firstAddress`.
    void start(AbuseKind kind, int count, const QString &firstAddress, int addresses)
    {
        const quint32 base = QHostAddress(firstAddress).toIPv4Address();
        for (int i = 0; i < count; ++i)
            open(kind, QHostAddress(base + quint32(i % addresses)));
    }
    void stop() { m_running = false; }
    int open() const { return m_open; }

    // Outcomes per kind: "closed" (by core), or the HTTP status of each answer.
    QHash<QString, int> outcomes(AbuseKind kind) const { return m_outcomes.value(kind); }

private:
    void count(AbuseKind kind, const QString &outcome) { ++m_outcomes[kind][outcome]; }

    void open(AbuseKind kind, const QHostAddress &from)
    {
        if (!m_running)
            return;
        ++m_open;
        if (kind == AbuseKind::Idle) {
            auto *s = new QTcpSocket(this);
            s->bind(from);
            connect(s, &QTcpSocket::disconnected, this, [this, s, kind, from] { ended(s, kind, from, QStringLiteral("closed")); });
            connect(s, &QTcpSocket::errorOccurred, this, [this, s, kind, from] {
                if (s->state() == QAbstractSocket::UnconnectedState)
                    ended(s, kind, from, QStringLiteral("closed"));
            });
            s->connectToHost(QStringLiteral("127.0.0.1"), m_port);
            return;
        }
        auto *s = new QSslSocket(this);
        s->setSslConfiguration(m_tls);
        s->setPeerVerifyName(QStringLiteral("127.0.0.1"));
        s->bind(from);
        auto buffer = std::make_shared<QByteArray>();
        auto sent = std::make_shared<qint64>(0);
        connect(s, &QSslSocket::encrypted, this, [this, s, kind, sent] {
            switch (kind) {
            case AbuseKind::SlowHeader:
                m_slow.append(s);
                s->write("GET /v1/time HTTP/1.1\r\nHost: core\r\n");
                break;
            case AbuseKind::HugeHeader:
                s->write("GET /v1/time HTTP/1.1\r\nHost: core\r\nX-Huge: ");
                feed(s, sent, 40LL << 20);
                break;
            case AbuseKind::HugeBody:
                s->write("POST /v1/transactions/batch HTTP/1.1\r\nHost: core\r\nContent-Type: application/json\r\n"
                         "Content-Length: 50000000\r\n\r\n");
                feed(s, sent, 50'000'000);
                break;
            case AbuseKind::Pipelined:
                s->write("GET /v1/time HTTP/1.1\r\nHost: core\r\n\r\nGET /v1/nope HTTP/1.1\r\nHost: core\r\n\r\n"
                         "GET /v1/time HTTP/1.1\r\nHost: core\r\nConnection: close\r\n\r\n");
                break;
            case AbuseKind::Idle:
                break;
            }
        });
        connect(s, &QSslSocket::bytesWritten, this, [this, s, sent, kind] {
            if (kind == AbuseKind::HugeHeader)
                feed(s, sent, 40LL << 20);
            else if (kind == AbuseKind::HugeBody)
                feed(s, sent, 50'000'000);
        });
        connect(s, &QSslSocket::readyRead, this, [this, s, kind, buffer] {
            *buffer += s->readAll();
            // Status lines only; bodies are short JSON without "HTTP/1.1 ".
            qsizetype at = 0;
            while ((at = buffer->indexOf("HTTP/1.1 ")) >= 0 && buffer->size() >= at + 12) {
                const QString status = QString::fromLatin1(buffer->mid(at + 9, 3));
                count(kind, kind == AbuseKind::Pipelined ? pipelineStep(s, status) : status);
                buffer->remove(0, at + 12);
            }
        });
        connect(s, &QSslSocket::disconnected, this, [this, s, kind, from] { ended(s, kind, from, {}); });
        connect(s, &QSslSocket::errorOccurred, this, [this, s, kind, from] {
            if (s->state() == QAbstractSocket::UnconnectedState)
                ended(s, kind, from, {});
        });
        s->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    }

    // The three pipelined answers must come in order: 401, 404, 401.
    QString pipelineStep(QSslSocket *s, const QString &status)
    {
        const int step = m_pipelineSteps[s]++;
        static const QStringList expected{QStringLiteral("401"), QStringLiteral("404"), QStringLiteral("401")};
        return status == expected.value(step) ? QStringLiteral("in-order-%1").arg(step + 1) : QStringLiteral("out-of-order");
    }

    // Writes filler while the socket takes it, never more than 1 MiB ahead.
    void feed(QSslSocket *s, const std::shared_ptr<qint64> &sent, qint64 total)
    {
        static const QByteArray chunk(256 * 1024, 'a');
        while (*sent < total && s->bytesToWrite() < 1024 * 1024 && s->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = qMin<qint64>(chunk.size(), total - *sent);
            s->write(chunk.constData(), n);
            *sent += n;
        }
    }

    void ended(QAbstractSocket *s, AbuseKind kind, const QHostAddress &from, const QString &outcome)
    {
        if (s->property("ended").toBool())
            return;
        s->setProperty("ended", true);
        --m_open;
        if (!outcome.isEmpty())
            count(kind, outcome);
        else
            count(kind, QStringLiteral("closed"));
        m_slow.removeOne(static_cast<QSslSocket *>(s));
        m_pipelineSteps.remove(s);
        s->deleteLater();
        QTimer::singleShot(50, this, [this, kind, from] { open(kind, from); });
    }

    quint16 m_port;
    QSslConfiguration m_tls;
    QTimer m_drip;
    bool m_running = true;
    int m_open = 0;
    QList<QSslSocket *> m_slow;
    QHash<QObject *, int> m_pipelineSteps;
    QHash<AbuseKind, QHash<QString, int>> m_outcomes;
};

} // namespace coretest
