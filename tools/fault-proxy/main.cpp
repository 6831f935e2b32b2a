// branch-fault-proxy: sits between the kiosk and branch-core in tests and
// injects a seeded mix of faults. See FaultProxy.h for why it terminates TLS.
#include "FaultProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslKey>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "branch-fault-proxy: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TLS-terminating HTTP fault-injection proxy for branch-core"));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Port on 127.0.0.1 (0: any)."),
                                    QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption upstream(QStringLiteral("upstream"), QStringLiteral("branch-core's HOST:PORT."),
                                      QStringLiteral("HOST:PORT"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the fault mix."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption rates(QStringLiteral("rates"),
                                   QStringLiteral("e.g. drop_request=0.05,drop_response=0.05,duplicate=0.05,"
                                                  "delay=0.05,reorder=0.05,error_500=0.03,error_503=0.03"),
                                   QStringLiteral("LIST"));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("Core's certificate (PEM) to present."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Its private key (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("CA that signed core's certificate."),
                                QStringLiteral("FILE"));
    const QCommandLineOption clientCert(QStringLiteral("client-cert"),
                                        QStringLiteral("The proxy's own client certificate for core (core's --trusted-proxy); "
                                                       "the kiosk's certificate then goes on in X-Client-Certificate."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption clientKey(QStringLiteral("client-key"), QStringLiteral("Its private key (PEM, EC)."),
                                       QStringLiteral("FILE"));
    parser.addOptions({listen, upstream, seed, rates, cert, key, ca, clientCert, clientKey});
    parser.process(app);

    const QStringList hostPort = parser.value(upstream).split(u':');
    bool portOk = false, listenOk = false, seedOk = false;
    const uint upstreamPort = hostPort.value(1).toUInt(&portOk);
    const uint listenPort = parser.value(listen).toUInt(&listenOk);
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    if (hostPort.size() != 2 || !portOk || upstreamPort > 65535 || !listenOk || listenPort > 65535 || !seedOk)
        return fail(QStringLiteral("need --upstream HOST:PORT, --listen PORT and --seed N"));

    const QList<QSslCertificate> chain = QSslCertificate::fromData(readAll(parser.value(cert)));
    const QSslKey privateKey(readAll(parser.value(key)), QSsl::Ec);
    const QList<QSslCertificate> roots = QSslCertificate::fromData(readAll(parser.value(ca)));
    if (chain.isEmpty() || privateKey.isNull() || roots.isEmpty())
        return fail(QStringLiteral("--cert, --key (EC) and --ca must be readable PEM files"));

    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificateChain(chain);
    serverTls.setPrivateKey(privateKey);
    serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
    branch::UpstreamConfig up;
    up.host = hostPort.at(0);
    up.port = quint16(upstreamPort);
    up.tls = QSslConfiguration::defaultConfiguration();
    up.tls.setCaCertificates(roots);
    up.tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (parser.isSet(clientCert)) {
        const QList<QSslCertificate> own = QSslCertificate::fromData(readAll(parser.value(clientCert)));
        const QSslKey ownKey(readAll(parser.value(clientKey)), QSsl::Ec);
        if (own.size() != 1 || ownKey.isNull())
            return fail(QStringLiteral("--client-cert and --client-key (EC) must be readable PEM files"));
        up.tls.setLocalCertificate(own.first());
        up.tls.setPrivateKey(ownKey);
        up.forwardClientCertificate = true;
        // Ask the kiosk for its certificate; core checks it, not the proxy.
        serverTls.setPeerVerifyMode(QSslSocket::QueryPeer);
    }

    branch::FaultProxy proxy(serverTls, up, seedValue);
    if (parser.isSet(rates)) {
        QString error;
        if (!proxy.plan().setRates(parser.value(rates), &error))
            return fail(error);
    }
    QString error;
    if (!proxy.listen(quint16(listenPort), &error))
        return fail(error);
    std::printf("listening %u\n", unsigned(proxy.port()));
    std::fflush(stdout);

    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (g_stop)
            app.quit();
    });
    poll.start(100);
    const int rc = app.exec();
    std::fprintf(stderr, "faults: %s\n", qPrintable(proxy.plan().summary()));
    return rc;
}
