#pragma once

#include "FraudRules.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace branch {

// Who is doing the transaction, as far as the kiosk knows.
struct FraudCustomer
{
    bool careMode = false;
    std::optional<int> age; // from the ID card; nullopt when no card was read
};

// The transaction about to be committed: the form's values as stored
// (money in integer fen), and whether this customer has paid this payee
// before at this bank (the caller's PayeeHistory; false when unknown).
struct FraudTransaction
{
    QString serviceId;
    QJsonObject values;
    bool payeeKnown = false;
};

// Stable hit codes, for the audit, the tests and the words shown. A keyword
// hit is "remark_<pattern>" (remark_safe_account, remark_task_scam, ...).
namespace FraudHit {
inline constexpr QLatin1String NewPayee{"new_payee"};
inline constexpr QLatin1String LargeAmount{"large_amount"};
inline constexpr QLatin1String WatchList{"watch_list"};
inline constexpr QLatin1String RemarkPrefix{"remark_"};
} // namespace FraudHit

struct FraudVerdict
{
    bool covered = false; // the rules apply to this service and customer
    QStringList hits;     // in rule order, each code once; empty: nothing matched

    bool warns() const { return covered && !hits.isEmpty(); }
};

// Runs the published rules over one transaction. Pure: the same rules,
// watch list and input give the same verdict, so the kiosk, branchctl and
// the tests agree.
class FraudCheck
{
public:
    FraudCheck(FraudRules rules = FraudRules::builtIn(), FraudWatchList watchList = {});

    const FraudRules &rules() const { return m_rules; }
    const FraudWatchList &watchList() const { return m_watchList; }

    // Whether the rules cover this customer (care mode, or the ID card's age).
    bool covers(const FraudCustomer &customer) const;
    FraudVerdict evaluate(const FraudTransaction &tx, const FraudCustomer &customer) const;

private:
    FraudRules m_rules;
    FraudWatchList m_watchList;
};

} // namespace branch
