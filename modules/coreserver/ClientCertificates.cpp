#include "ClientCertificates.h"

#include "DevicePem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

namespace branch {
namespace {

QByteArray pin(const QByteArray &der)
{
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256);
}

} // namespace

bool ClientCertificates::addTrustedProxy(const QByteArray &pem, QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate("branch::CoreServer", "No PEM certificate in the trusted proxy file.");
        return false;
    }
    for (const QSslCertificate &certificate : certificates)
        m_proxies.insert(pin(certificate.toDer()));
    return true;
}

bool ClientCertificates::fromTrustedProxy(const HttpRequest &head) const
{
    return !head.peerCertificate.isEmpty() && m_proxies.contains(pin(head.peerCertificate));
}

QByteArray ClientCertificates::presented(const HttpRequest &head) const
{
    if (!fromTrustedProxy(head))
        return head.peerCertificate;
    const QByteArray escaped = head.header(ProxyHeader);
    if (escaped.isEmpty())
        return {};
    const QByteArray der = DevicePem::decode(QByteArray::fromPercentEncoding(escaped), "CERTIFICATE");
    // What is not one PEM certificate goes on as it came: DeviceCa::verify
    // then refuses it as malformed rather than as missing.
    return der.isEmpty() ? escaped : der;
}

} // namespace branch
