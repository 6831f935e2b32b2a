#pragma once

#include "Money.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace branch {

// Why a rules or watch-list file was refused. The detail names the place in
// the file ("rules.keywords[3].text"), never a value from it.
namespace FraudReason {
inline constexpr QLatin1String NotJson{"fraud_not_json"};
inline constexpr QLatin1String NotObject{"fraud_not_object"};
inline constexpr QLatin1String UnknownSchema{"fraud_unknown_schema"};
inline constexpr QLatin1String UnknownKey{"fraud_unknown_key"};
inline constexpr QLatin1String MissingKey{"fraud_missing_key"};
inline constexpr QLatin1String WrongType{"fraud_wrong_type"};
inline constexpr QLatin1String BadAmount{"fraud_bad_amount"};
inline constexpr QLatin1String BadCurrency{"fraud_bad_currency"};
inline constexpr QLatin1String BadAge{"fraud_bad_age"};
inline constexpr QLatin1String BadSeconds{"fraud_bad_seconds"};
inline constexpr QLatin1String BadServiceId{"fraud_bad_service_id"};
inline constexpr QLatin1String BadFieldId{"fraud_bad_field_id"};
inline constexpr QLatin1String DuplicateService{"fraud_duplicate_service"};
inline constexpr QLatin1String NoServices{"fraud_no_services"};
inline constexpr QLatin1String EmptyKeyword{"fraud_empty_keyword"};
inline constexpr QLatin1String BadPattern{"fraud_bad_pattern"};
inline constexpr QLatin1String BadAccount{"fraud_bad_account"};
inline constexpr QLatin1String TooLarge{"fraud_too_large"};
QStringList all();
} // namespace FraudReason

// One service the check covers and where its form keeps what the rules read.
struct FraudService
{
    QString id;                 // a catalog service id: "bank.transfer"
    QString amountField;        // the money field; empty: no amount rule
    QString payeeAccountField;  // the payee's account; empty: no payee rules
    QStringList textFields;     // free text and choices searched for keywords
    // Checked only from this amount on (a "large" withdrawal); nullopt: always.
    std::optional<Money> fromAmount;
};

// A remark keyword and the scam pattern it points to ("安全账户" -> safe_account).
struct FraudKeyword
{
    QString text;    // as published; matched after FraudRules::normalizedText
    QString pattern; // [a-z][a-z_]*: the hit's code is "remark_<pattern>"
};

// Who the check is for: customers in care mode, or whose ID card shows at
// least minAge. Both are data: a bank may widen it to everyone (minAge 0).
struct FraudAudience
{
    bool careMode = true;
    std::optional<int> minAge = 65;
};

// The published rules (reference data "fraud-rules", docs/fraud.md), parsed
// strictly: an unknown key, a wrong type or an impossible value refuses the
// whole file, so a typo never switches a rule off unnoticed. The kiosk keeps
// the last good copy and uses it until a good one arrives.
struct FraudRules
{
    static constexpr int SchemaVersion = 1;
    static constexpr qsizetype MaxBytes = 256 * 1024;

    QString version;           // the bank's own label for this set, for logs and audits
    FraudAudience audience;
    QList<FraudService> services;
    bool newPayee = true;
    std::optional<Money> amountAbove; // nullopt: no amount rule
    QList<FraudKeyword> keywords;
    bool watchList = true;
    int coolingOffSeconds = 30; // the wait before the customer may confirm alone

    const FraudService *service(const QString &id) const;

    static Result<FraudRules> parse(const QByteArray &json);
    // The rules built into the suite (resources), used until core sends any.
    static FraudRules builtIn();
    // Keywords are matched after this: NFKC, case-folded, with spaces and
    // punctuation removed, so "安 全-账户" still matches.
    static QString normalizedText(const QString &text);
};

// Payee accounts reported to the bank (reference data "fraud-watchlist"),
// held as digits only. Its entries never reach a log line, an audit row or a
// message: only their count does.
class FraudWatchList
{
public:
    static constexpr qsizetype MaxEntries = 100000;
    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;

    static Result<FraudWatchList> parse(const QByteArray &json);
    // The list built into the suite, used until core sends one.
    static FraudWatchList builtIn();
    bool contains(const QString &account) const;
    qsizetype size() const { return m_accounts.size(); }
    QString version() const { return m_version; }
    // Digits only ("6222 0200-1234" -> "62220200 1234" without the gaps).
    static QString normalizedAccount(const QString &account);

private:
    QSet<QString> m_accounts;
    QString m_version;
};

} // namespace branch
