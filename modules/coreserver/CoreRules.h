#pragma once

#include "CoreTransaction.h"

#include <QCoreApplication>
#include <QSet>

namespace branch {

// The reference core's business rules: a transaction is applied when its
// fields meet the contract and its service is in the published catalog.
// Everything else is a final rejection with a stable reason.
class CoreRules
{
    Q_DECLARE_TR_FUNCTIONS(branch::CoreRules)

public:
    explicit CoreRules(QSet<QString> knownServices);

    CoreResult decide(const QString &deviceId, const CoreTransaction &tx, const QDateTime &now) const;
    void setKnownServices(QSet<QString> services) { m_services = std::move(services); }

    static QString messageFor(const QString &reason);
    // "CR" + date + 10 hex digits, stable for a (device, key) pair.
    static QString coreRef(const QString &deviceId, const QString &key, const QDateTime &now);

private:
    QSet<QString> m_services;
};

} // namespace branch
