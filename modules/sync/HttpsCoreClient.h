#pragma once

#include "CoreClient.h"
#include "PaymentGateway.h"
#include "PrefillClient.h"
#include "StaffDirectory.h"
#include "ResponseParser.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace branch::face {
struct FaceDecision; // FaceVerifier.h: kept out of here, it brings in OpenCV
}

namespace branch {

class Database;

struct CoreEndpoint
{
    QUrl baseUrl;           // e.g. https://127.0.0.1:8443
    QString caFile;         // PEM; the ONLY roots trusted
    QByteArray credential;  // "<deviceId>.<secret>"; empty for enrolment
    // The device's client certificate and its private key (PEM), from the
    // SecretStore; both empty for enrolment. Every other request needs them.
    QByteArray clientCertificate;
    QByteArray clientKey;
    int timeoutMs = 15000;  // whole exchange, connect to last byte
    qsizetype maxResponseBytes = ResponseParser::DefaultMaxBytes;
};

// CoreClient over HTTPS with QNetworkAccessManager. Trusts only the CA in
// caFile (never the system store), refuses any TLS error, presents the
// device's client certificate and sends its credential as a bearer token
// (core wants both), aborts an answer past maxResponseBytes or the timeout,
// and hands every body to ResponseParser.
class HttpsCoreClient final : public CoreClient, public PaymentGateway, public PrefillClient, public StaffDirectory
{
public:
    // Empty pointer and *error set (ca_unreadable, ca_empty, bad_url,
    // client_certificate_invalid) when the endpoint cannot be used.
    static std::unique_ptr<HttpsCoreClient> create(const CoreEndpoint &endpoint, QString *error);
    // The same, with the address and CA `branchctl device enroll` stored in
    // `db` where the endpoint leaves them empty (the kiosk's payment worker).
    static std::unique_ptr<HttpsCoreClient> createEnrolled(Database &db, CoreEndpoint endpoint, QString *error);

    BatchReply sendBatch(const QList<CoreTransaction> &transactions) override;
    LookupReply lookup(const QString &key) override;
    ReferenceReply fetchReference(const QString &name, const QString &etag) override;
    EnrollReply enroll(const QString &deviceId, const QString &enrolmentCode, const QByteArray &csrPem) override;
    CoreReply fetchTime() override;
    AnchorReply latestAnchor() override;
    AnchorReply anchor(const AnchorRequest &request) override;
    // HttpsPrefillClient.cpp
    PrefillKeysReply fetchPrefillKeys() override;
    PrefillClaimReply claimPrefill(const QString &token, const QString &shortCode) override;
    // HttpsStaffDirectory.cpp: the secret goes to core in the body, never logged.
    StaffDirectoryReply signInStaff(const QString &staffId, const QByteArray &secret) override;
    // HttpsAuthorizations.cpp
    AuthorizationReply authorize(const AuthorizationAsk &ask, const QString &supervisorId,
                                 const QByteArray &secret) override;
    // HttpsFaceCheck.cpp (CoreFaceVerifier): two images' bytes to core, nothing of them logged.
    face::FaceDecision checkFace(const QByteArray &liveImage, const QByteArray &cardPhoto);

    // PaymentGateway (HttpsPayments.cpp): a card number and a PIN block go
    // to core in the body; nothing of them is logged.
    GatewayReply authorise(const PaymentRequest &request) override;
    GatewayReply status(const QString &key) override;

private:
    struct Exchange
    {
        CoreReply reply; // status Ok means "an HTTP answer arrived", whatever its code
        QByteArray body;
        QByteArray etag;
    };

    HttpsCoreClient(const CoreEndpoint &endpoint, const QSslConfiguration &tls);
    Exchange exchange(const QByteArray &verb, const QString &path, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers, bool authenticate);
    // Maps a non-success HTTP code onto a reply status; false for 2xx.
    static bool classify(int httpStatus, const QByteArray &body, CoreReply *reply);
    AnchorReply anchorReply(const Exchange &exchange) const;
    static GatewayReply paymentReply(const Exchange &exchange);

    CoreEndpoint m_endpoint;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
    ResponseParser m_parser;
};

} // namespace branch
