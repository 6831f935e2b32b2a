#pragma once

#include "Authorization.h"
#include "CoreTransaction.h"

#include <QDateTime>
#include <QString>

namespace branch {

class AnchorDesk;
class Catalog;
class StaffDesk;

// A kiosk asks core to authorize one transaction: who entered it, for which
// visit, service and amount. The supervisor's id and secret travel beside it.
struct AuthorizationRequest
{
    QString sessionId;
    QString serviceId;
    qint64 amountFen = 0;
    QString currency;
    QString enteredBy; // "customer", or the staff id signed in at the kiosk
};

// reason "" with a signed record; else wrong_secret, staff_locked,
// not_a_supervisor, same_person, not_needed (the service has no such rule),
// unknown_service, or unavailable.
struct AuthorizationAnswer
{
    QString reason;
    AuthorizationRecord record;
    QByteArray publicKey; // core's, which signed the record
};

// Supervisor authorization at core (issue 13 section 4, docs/authorization.md).
// Core signs the approval with the key it signs audit anchors with, which the
// kiosk pins; the statement's tag keeps the two kinds apart. When the
// transaction arrives core checks the record again, against the catalog's
// rule for the service, and (in the store) uses each record once.
class AuthorizationDesk
{
public:
    AuthorizationDesk(StaffDesk &staff, AnchorDesk &anchors, const Catalog &catalog)
        : m_staff(staff), m_anchors(anchors), m_catalog(catalog)
    {
    }

    AuthorizationAnswer authorize(const QString &deviceId, const AuthorizationRequest &request,
                                  const QString &supervisorId, const QByteArray &secret, const QDateTime &now);
    // For a transaction core would otherwise apply: authorization_missing
    // when its service and amount need one and it has none, a
    // AuthorizationCheck reason for one that does not cover it, or "".
    QString transactionRefusal(const QString &deviceId, const CoreTransaction &tx);
    // Whether the catalog asks for an approval of this amount for this service.
    bool needed(const QString &serviceId, std::optional<qint64> amountFen) const;

private:
    StaffDesk &m_staff;
    AnchorDesk &m_anchors;
    const Catalog &m_catalog;
};

} // namespace branch
