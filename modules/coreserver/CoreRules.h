#pragma once

#include "CoreTransaction.h"

#include <QCoreApplication>
#include <QSet>

namespace branch {

// The reference core's business rules: a transaction is applied when its
// fields meet the contract, its receipt number is the sending device's, its
// creation time is plausible on core's clock, and its service is in the
// published catalog. Everything else is a final rejection with a stable reason.
class CoreRules
{
    Q_DECLARE_TR_FUNCTIONS(branch::CoreRules)

public:
    // A kiosk may queue offline for a long time, but not for more than a
    // year; a clock more than a day ahead of core's is wrong, not early.
    static constexpr int MaxCreatedAgeDays = 366;
    static constexpr int MaxCreatedAheadSeconds = 24 * 3600;

    explicit CoreRules(QSet<QString> knownServices);

    CoreResult decide(const QString &deviceId, const CoreTransaction &tx, const QDateTime &now) const;
    void setKnownServices(QSet<QString> services) { m_services = std::move(services); }

    static QString messageFor(const QString &reason);
    // A final rejection of `key` for `reason`, worded by messageFor().
    static CoreResult rejected(const QString &key, const QString &reason);
    // "CR" + date + 10 hex digits, stable for a (device, key) pair.
    static QString coreRef(const QString &deviceId, const QString &key, const QDateTime &now);

private:
    QSet<QString> m_services;
};

} // namespace branch
