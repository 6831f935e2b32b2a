#pragma once

#include "FraudCheck.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace branch {

class Clock;
class FormController;
class SessionContext;

// What the customer decided after a warning, for the audit log: the hit
// codes, the choice and who made it. No payee, account, remark or amount.
struct FraudDecision
{
    QString serviceId;
    QStringList hits;
    QString choice;  // cooling_off | staff | cancelled | abandoned
    QString actor;   // "kiosk", or "staff:<id>" for a staff confirmation
    QString staffId; // the confirming member; empty otherwise
};

// The anti-fraud stop before a transfer or a large withdrawal is committed
// (issue 14 section 7). The form asks it when the customer confirms the
// review (FormController::setReviewGuard); FraudCheck decides, this holds the
// flow and says why. The customer then waits out a cooling-off pause and
// confirms, or a signed-in staff member confirms, or asks for a remote
// teller, which this kiosk does not have (it says so). QML only presents.
class FraudController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the kiosk")
    // The warning is up: the review waits behind it.
    Q_PROPERTY(bool active READ active NOTIFY changed)
    // One sentence per matched scam pattern, in the customer's language.
    Q_PROPERTY(QStringList reasons READ reasons NOTIFY changed)
    Q_PROPERTY(QString reasonsText READ reasonsText NOTIFY changed)
    Q_PROPERTY(bool coolingOff READ coolingOff NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(bool canConfirm READ canConfirm NOTIFY secondsLeftChanged)
    // What came of "call staff" or "remote teller" when it could not be done.
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    Q_PROPERTY(bool remoteTellerAvailable READ remoteTellerAvailable CONSTANT)
public:
    using Auditor = std::function<void(const FraudDecision &)>;
    // Tells whether this customer has paid this account here before; none:
    // every payee counts as new (docs/fraud.md says what that costs).
    using PayeeHistory = std::function<bool(const QString &serviceId, const QJsonObject &values)>;

    FraudController(FormController *flow, SessionContext *context, const Clock *clock, QObject *parent = nullptr);
    ~FraudController() override;

    void setCheck(FraudCheck check);
    const FraudCheck &check() const { return m_check; }
    void setAuditor(Auditor auditor) { m_auditor = std::move(auditor); }
    void setPayeeHistory(PayeeHistory history) { m_history = std::move(history); }
    // The age on the ID card read in this visit; nullopt: none read.
    void setCustomerAge(std::optional<int> age) { m_age = age; }

    // FormController's review guard: true lets the commit go on.
    bool allowCommit();

    bool active() const { return !m_hits.isEmpty(); }
    QStringList hits() const { return m_hits; }
    QStringList reasons() const;
    QString reasonsText() const { return reasons().join(u'\n'); }
    bool coolingOff() const { return m_coolingUntil.isValid(); }
    int secondsLeft() const;
    bool canConfirm() const { return coolingOff() && secondsLeft() == 0; }
    QString notice() const { return m_notice; }
    bool remoteTellerAvailable() const { return false; }

    Q_INVOKABLE void startCoolingOff();
    // After the pause: the customer's own deliberate confirmation.
    Q_INVOKABLE bool confirm();
    // A staff member signed in at this kiosk confirms.
    Q_INVOKABLE bool staffConfirm();
    Q_INVOKABLE void askRemoteTeller();
    // The customer does not send the money: back to the review.
    Q_INVOKABLE void cancel();

public Q_SLOTS:
    void retranslate();
    // The flow left the review: a warning still up was abandoned.
    void reset();
    // A new customer: the same, and the ID card's age is forgotten.
    void endVisit();

Q_SIGNALS:
    void changed();
    void secondsLeftChanged();

private:
    void finish(const QString &choice, const QString &actor, const QString &staffId);
    void record(const QString &choice, const QString &actor, const QString &staffId) const;
    void setNotice(const QString &notice);
    QByteArray fingerprint() const;

    QPointer<FormController> m_flow;
    QPointer<SessionContext> m_context;
    const Clock *m_clock;
    FraudCheck m_check;
    Auditor m_auditor;
    PayeeHistory m_history;
    std::optional<int> m_age;
    QStringList m_hits;
    QString m_serviceId;
    QByteArray m_cleared; // the values a decision let through, once
    QDateTime m_coolingUntil;
    QString m_notice;
    QTimer m_tick;
    int m_lastSeconds = -1;
};

} // namespace branch
