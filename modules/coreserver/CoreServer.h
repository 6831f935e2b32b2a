#pragma once

#include "AnchorDesk.h"
#include "AuthorizationDesk.h"
#include "BatchParser.h"
#include "ClientCertificates.h"
#include "CoreRules.h"
#include "HttpFrontEnd.h"
#include "HttpService.h"
#include "PaymentDesk.h"
#include "PhoneForms.h"
#include "PhonePage.h"
#include "PrefillDesk.h"
#include "RateLimiter.h"
#include "StaffDesk.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace branch {

class Clock;
class CoreStore;
class DeviceCa;

// The core gateway's HTTPS API (docs/api/openapi.yaml) behind core's own
// front end (HttpFrontEnd, see docs/core-hardening.md). Runs on the calling
// thread's event loop; each request's store work is synchronous.
class CoreServer : public QObject, private HttpService
{
    Q_OBJECT

public:
    CoreServer(CoreStore &store, const Clock &clock, CoreRules rules, QObject *parent = nullptr);
    ~CoreServer() override;

    // Loads the PEM certificate (chain) and private key; TLS 1.3, or 1.2
    // with ECDHE and an AEAD cipher only.
    bool setupTls(const QString &certPath, const QString &keyPath, QString *error);
    // The device CA (PEM certificate and unencrypted key): core issues each
    // enrolling device a client certificate with it, and every other request
    // must come with one of them (mutual TLS, docs/core-hardening.md).
    // After setupTls().
    bool setupDeviceCa(const QString &certPath, const QString &keyPath, QString *error);
    // A proxy (nginx) whose client certificate is in `certPath` passes the
    // device's certificate in a header; see ClientCertificates.
    bool addTrustedProxy(const QString &certPath, QString *error);
    void setDeviceCertificateDays(int days) { m_certificateDays = days; }
    // The phone page's prefills (docs/prefill.md): this core's branch id, and
    // the 32-byte key that seals answers and photos at rest. Without it the
    // prefill routes answer 503.
    bool setupPrefills(const QString &branch, const QByteArray &vaultKey, QString *error);
    // Returns the bound port, 0 on failure. Without setupTls() and
    // setupDeviceCa() the server refuses to listen: the contract is HTTPS
    // with device certificates only.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

    void setLimits(const BatchLimits &limits) { m_limits = limits; }
    void setFrontEndLimits(const FrontEndLimits &limits) { m_frontEndLimits = limits; }

    static constexpr qsizetype MaxSmallBody = 16 * 1024; // every route but the batch and anchors
    static constexpr qsizetype MaxAnchorBody = 96 * 1024; // 1,000 MACs in hex, and the rest
    static constexpr qsizetype MaxFaceBody = 1024 * 1024; // a camera frame and a card photo, in base64
    static constexpr int EnrolmentTriesPerMinute = 5;  // per device id and per source address
    static constexpr int PhoneRequestsPerMinute = 30;  // prefill and photo uploads, per source address
    // The phone page, its schema and its checks, per source address: a page
    // load, and a check as each field is left, with room to spare.
    static constexpr int PhonePageRequestsPerMinute = 120;

private:
    Admission admit(HttpRequest &head, const QHostAddress &peer) override;
    HttpResponse respond(const HttpRequest &request, const QHostAddress &peer) override;
    HttpResponse protocolError(int status, const QByteArray &reason) override;

    std::optional<HttpResponse> authenticate(HttpRequest &request);
    HttpResponse badCredential(const QString &logLine);
    std::optional<HttpResponse> enrolmentLimit(const QString &key);
    void logRefusal(const QString &kind, const QString &line);
    HttpResponse logged(const HttpRequest &request, HttpResponse response);
    HttpResponse refused(const HttpRequest &request, HttpResponse response);

    HttpResponse enrol(const HttpRequest &request);
    HttpResponse batch(const HttpRequest &request);
    HttpResponse transaction(const QString &key, const HttpRequest &request);
    HttpResponse reference(const QString &name, const HttpRequest &request);
    HttpResponse time(const HttpRequest &request);
    // CoreAnchorRoutes.cpp
    HttpResponse anchorLatest(const HttpRequest &request);
    HttpResponse anchorSubmit(const HttpRequest &request);
    // CorePaymentRoutes.cpp
    HttpResponse paymentAuthorise(const HttpRequest &request);
    HttpResponse paymentLookup(const QString &key, const HttpRequest &request);
    HttpResponse unavailable();
    // CorePrefillRoutes.cpp
    std::optional<HttpResponse> phoneLimit(const QHostAddress &peer);
    HttpResponse prefillCreate(const HttpRequest &request);
    HttpResponse prefillPhoto(const QString &reference, const HttpRequest &request);
    HttpResponse prefillClaim(const HttpRequest &request);
    HttpResponse prefillKeys(const HttpRequest &request);
    // CoreStaffRoutes.cpp
    HttpResponse staffSignIn(const HttpRequest &request);
    // CoreAuthorizationRoutes.cpp
    HttpResponse authorize(const HttpRequest &request);
    // CoreFaceRoutes.cpp
    HttpResponse faceCheck(const HttpRequest &request);
    // CorePhoneRoutes.cpp
    std::optional<HttpResponse> phonePageLimit(const QHostAddress &peer);
    HttpResponse phoneRedirect();
    HttpResponse phoneFile(const QString &path, const HttpRequest &request);
    HttpResponse phoneServices();
    HttpResponse phoneSchema(const QString &serviceId);
    HttpResponse phoneValidate(const QString &serviceId, const HttpRequest &request);

    CoreStore &m_store;
    const Clock &m_clock;
    CoreRules m_rules;
    BatchLimits m_limits;
    FrontEndLimits m_frontEndLimits;
    QSslConfiguration m_tlsConfig;
    bool m_tls = false;
    AnchorDesk m_anchors;
    PaymentDesk m_payments;
    StaffDesk m_staff;
    std::unique_ptr<DeviceCa> m_deviceCa;
    ClientCertificates m_clients;
    int m_certificateDays;
    RateLimiter m_enrolmentTries;
    RateLimiter m_phoneTries;
    RateLimiter m_phonePageRequests;
    std::unique_ptr<PrefillDesk> m_prefills;
    LogLimiter m_log;
    PhoneForms m_phoneForms;
    AuthorizationDesk m_authorizations; // after the staff, the anchors and the catalog it uses
    PhonePage m_phonePage;
    std::unique_ptr<HttpFrontEnd> m_http; // last: destroyed first, while the rest still exists
};

} // namespace branch
