#pragma once

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>
#include <memory>

namespace branch {

// One outbox entry core refused, as the staff page lists it: nothing personal.
struct RejectedEntry
{
    Q_GADGET
    QML_VALUE_TYPE(rejectedEntry)
    // A double for QML, which has no 64-bit integer; ids stay far below 2^53.
    Q_PROPERTY(double entryId READ entryIdForQml)
    Q_PROPERTY(QString receipt MEMBER receipt)
    Q_PROPERTY(QString service MEMBER service)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(int attempts MEMBER attempts)
public:
    qint64 entryId = 0;
    QString receipt; // masked: "****1234"
    QString service; // its name in the current language
    QString reason;  // core's message, else its reason code
    int attempts = 0;

    double entryIdForQml() const { return double(entryId); }

    friend bool operator==(const RejectedEntry &, const RejectedEntry &) = default;
};

class AuditChainKey;
class Catalog;
class Clock;
class Database;
class SalvageReportModel;
class StaffSession;

// The staff page: outbox entries core refused, and "Send again". Every row
// holds what staff need and nothing personal: a masked receipt number, the
// service, core's reason and the number of attempts. The page is shown only
// to a signed-in member (StaffSignInController), who is the actor of every
// row sent again.
class StaffController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the kiosk at start-up")
    // A list of rejectedEntry (Qt 6.4's QML cannot declare list<rejectedEntry>).
    Q_PROPERTY(QVariantList rejected READ rejectedList NOTIFY rejectedChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY rejectedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY rejectedChanged)
    // Card payments whose outcome core has not yet confirmed (Pending or
    // Unknown): "" when none. The kiosk resolves them with core at start-up.
    Q_PROPERTY(QString paymentsText READ paymentsText NOTIFY rejectedChanged)
    // "Reference data: service catalogue version 3 · billers version 7...".
    Q_PROPERTY(QString referenceText READ referenceText NOTIFY referenceChanged)
    // Said when the kiosk's clock is too far from core's; empty otherwise.
    Q_PROPERTY(QString clockWarning READ clockWarning NOTIFY clockChanged)
    // Who sends refused requests again: the signed-in member (StaffSession),
    // whom the audit row names as "staff:<id>". Empty while nobody is signed
    // in, or the session is idle.
    Q_PROPERTY(QString staffId READ staffId NOTIFY staffIdChanged)
    Q_PROPERTY(bool canSendAgain READ canSendAgain NOTIFY staffIdChanged)
    // What was saved and lost when a damaged database was set aside.
    Q_PROPERTY(branch::SalvageReportModel *salvage READ salvage CONSTANT)

public:
    struct Backends
    {
        Database *store = nullptr;
        const Clock *clock = nullptr;
        const Catalog *catalog = nullptr;
        std::function<void()> nudge; // asks the sync service for a pass soon
        std::shared_ptr<const AuditChainKey> auditKey; // keys the staff action's audit row
        StaffSession *session = nullptr; // who is signed in; null: nobody can be
    };

    explicit StaffController(QObject *parent = nullptr);
    void setBackends(const Backends &backends);

    QList<RejectedEntry> rejected() const { return m_rejected; }
    QVariantList rejectedList() const;
    int rejectedCount() const { return int(m_rejected.size()); }
    QString errorText() const { return m_error; }
    QString paymentsText() const;
    int unresolvedPayments() const { return m_unresolvedPayments; }
    // Which reference data the kiosk holds, and when core last answered for
    // it: staff check this when a branch says its rates or bills look old.
    QMap<QString, qint64> referenceVersions() const { return m_referenceVersions; }
    QDateTime referenceCheckedAt() const { return m_referenceCheckedAt; }
    void setReference(const QMap<QString, qint64> &versions, const QDateTime &checkedAt);
    QString referenceText() const;
    // The name staff know a kind of reference data by ("exchange rates").
    static QString referenceName(const QString &kind);
    // Minutes the kiosk's clock is ahead of core's (negative: behind), when
    // the gap is past the warning threshold; 0 otherwise.
    int clockAheadMinutes() const { return m_clockAheadMinutes; }
    QString clockWarning() const;
    // coreMinusKioskMs as the sync relay measures it.
    void setClockSkew(bool skewed, qint64 coreMinusKioskMs);

    QString staffId() const;
    bool canSendAgain() const;
    // The session changed (sign-in, sign-out, idle): staffId and canSendAgain follow.
    void sessionChanged() { Q_EMIT staffIdChanged(); }

    // "****1234": only the last four characters are shown.
    static QString maskReceipt(const QString &receiptNumber);

    SalvageReportModel *salvage() const { return m_salvage; }
    // Asks the staff feature to show the salvage report page.
    Q_INVOKABLE void openSalvageReport();

    Q_INVOKABLE void refresh();
    // Rejected -> pending with the same idempotency key, audited in the same
    // transaction with the staff member as actor (OutboxRetry), then a nudge
    // so it goes out at once.
    Q_INVOKABLE bool sendAgain(qint64 entryId);
    // Staff switch care mode on for the customer at this kiosk (issue 14
    // section 5): only a signed-in member, whom the audit names.
    Q_INVOKABLE bool switchCareModeOn();

public Q_SLOTS:
    // Service names, reasons and the wording are read in the new language.
    void retranslate();

Q_SIGNALS:
    void rejectedChanged();
    void referenceChanged();
    void clockChanged();
    void staffIdChanged();
    void salvageReportRequested();
    // The kiosk turns care mode on for this visit and audits it under `staffId`.
    void careModeRequested(const QString &staffId);

private:
    Backends m_backends;
    QList<RejectedEntry> m_rejected;
    QString m_error;
    int m_unresolvedPayments = 0;
    QMap<QString, qint64> m_referenceVersions;
    QDateTime m_referenceCheckedAt;
    int m_clockAheadMinutes = 0;
    SalvageReportModel *m_salvage;
};

} // namespace branch
