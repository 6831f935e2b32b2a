#pragma once

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace branch {

class AuditLog;
class Catalog;
class Clock;
class Database;

// The staff page: outbox entries core refused, and "Send again". Every row
// holds what staff need and nothing personal: a masked receipt number, the
// service, core's reason and the number of attempts. Staff sign-in is out of
// scope for now; the page is reached from the delivery badge.
class StaffController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the kiosk at start-up")
    Q_PROPERTY(QVariantList rejected READ rejected NOTIFY rejectedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY rejectedChanged)
    Q_PROPERTY(QVariantMap referenceVersions READ referenceVersions NOTIFY referenceChanged)
    Q_PROPERTY(QDateTime referenceCheckedAt READ referenceCheckedAt NOTIFY referenceChanged)
    // Minutes the kiosk's clock is ahead of core's (negative: behind), when
    // the gap is past the warning threshold; 0 otherwise.
    Q_PROPERTY(int clockAheadMinutes READ clockAheadMinutes NOTIFY clockChanged)

public:
    struct Backends
    {
        Database *store = nullptr;
        AuditLog *audit = nullptr;
        const Clock *clock = nullptr;
        const Catalog *catalog = nullptr;
        std::function<void()> nudge; // asks the sync service for a pass soon
    };

    explicit StaffController(QObject *parent = nullptr);
    void setBackends(const Backends &backends);

    QVariantList rejected() const { return m_rejected; }
    QString errorText() const { return m_error; }
    // Which reference data the kiosk holds, and when core last answered for
    // it: staff check this when a branch says its rates or bills look old.
    QVariantMap referenceVersions() const;
    QDateTime referenceCheckedAt() const { return m_referenceCheckedAt; }
    void setReference(const QMap<QString, qint64> &versions, const QDateTime &checkedAt);
    int clockAheadMinutes() const { return m_clockAheadMinutes; }
    // coreMinusKioskMs as the sync relay measures it.
    void setClockSkew(bool skewed, qint64 coreMinusKioskMs);

    // "****1234": only the last four characters are shown.
    static QString maskReceipt(const QString &receiptNumber);

    Q_INVOKABLE void refresh();
    // Rejected -> pending with the same idempotency key, audited, then a
    // nudge so it goes out at once.
    Q_INVOKABLE bool sendAgain(qint64 entryId);

Q_SIGNALS:
    void rejectedChanged();
    void referenceChanged();
    void clockChanged();

private:
    Backends m_backends;
    QVariantList m_rejected;
    QString m_error;
    QMap<QString, qint64> m_referenceVersions;
    QDateTime m_referenceCheckedAt;
    int m_clockAheadMinutes = 0;
};

} // namespace branch
