#include "AuthorizationDesk.h"

#include "AnchorDesk.h"
#include "Catalog.h"
#include "CoreServerLogging.h"
#include "StaffAccount.h"
#include "StaffDesk.h"

#include <QRandomGenerator>

namespace branch {
namespace {

QString randomId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

} // namespace

bool AuthorizationDesk::needed(const QString &serviceId, std::optional<qint64> amountFen) const
{
    const ServiceDefinition *service = m_catalog.service(serviceId);
    if (!service || service->authorization.type == AuthorizationRule::Type::None)
        return false;
    // A threshold of 0 means every transaction of the service; otherwise an
    // amount above it (FlowSteps::needsAuthorization says the same at the kiosk).
    return service->authorization.aboveFen == 0 || (amountFen && *amountFen > service->authorization.aboveFen);
}

AuthorizationAnswer AuthorizationDesk::authorize(const QString &deviceId, const AuthorizationRequest &request,
                                                 const QString &supervisorId, const QByteArray &secret,
                                                 const QDateTime &now)
{
    AuthorizationAnswer answer;
    if (!m_catalog.service(request.serviceId)) {
        answer.reason = QStringLiteral("unknown_service");
        return answer;
    }
    if (!needed(request.serviceId, request.amountFen)) {
        answer.reason = QStringLiteral("not_needed");
        return answer;
    }
    // Dual control before the secret is checked: the teller who entered the
    // transaction cannot approve it, whatever they type.
    if (supervisorId == request.enteredBy) {
        qCInfo(lcCoreServer) << "authorization refused, same person entered it:" << supervisorId;
        answer.reason = QStringLiteral("same_person");
        return answer;
    }
    const StaffSignInAnswer signIn = m_staff.signIn(supervisorId, secret, now);
    if (!signIn.reason.isEmpty()) {
        answer.reason = signIn.reason;
        return answer;
    }
    const std::optional<StaffRole> role = StaffRoles::parse(signIn.staff.role);
    if (!role || (*role != StaffRole::Supervisor && *role != StaffRole::BranchAdmin)) {
        qCInfo(lcCoreServer) << "authorization refused, not a supervisor:" << supervisorId;
        answer.reason = QStringLiteral("not_a_supervisor");
        return answer;
    }
    const std::optional<AnchorSigner> signer = m_anchors.signer();
    if (!signer) {
        answer.reason = QStringLiteral("unavailable");
        return answer;
    }
    AuthorizationStatement &s = answer.record.statement;
    s.id = randomId();
    s.deviceId = deviceId;
    s.sessionId = request.sessionId;
    s.serviceId = request.serviceId;
    s.amountFen = request.amountFen;
    s.currency = request.currency;
    s.supervisorId = supervisorId;
    s.enteredBy = request.enteredBy;
    s.issuedAt = now.toUTC();
    s.expiresAt = s.issuedAt.addSecs(qint64(AuthorizationPolicy::ValidMinutes) * 60);
    answer.record.signature = signAuthorization(s, signer->secretKey());
    answer.publicKey = signer->publicKey();
    qCInfo(lcCoreServer) << "authorization" << s.id << "by" << supervisorId << "for" << deviceId << s.serviceId;
    return answer;
}

QString AuthorizationDesk::transactionRefusal(const QString &deviceId, const CoreTransaction &tx)
{
    if (!tx.authorization)
        return needed(tx.serviceId, tx.amountFen) ? QStringLiteral("authorization_missing") : QString();
    const std::optional<AnchorSigner> signer = m_anchors.signer();
    if (!signer)
        return QStringLiteral("authorization_forged");
    // An approval covers what was approved, whether or not it was needed:
    // a record for another amount is refused, never ignored.
    // A transaction without an amount was approved for 0 CNY.
    return AuthorizationCheck::refusal(*tx.authorization, signer->publicKey(),
                                       {deviceId, {}, tx.serviceId, tx.amountFen.value_or(0),
                                        tx.amountFen ? tx.currency : QStringLiteral("CNY"), tx.createdAt});
}

} // namespace branch
