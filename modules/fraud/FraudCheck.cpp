#include "FraudCheck.h"

#include <QJsonArray>

namespace branch {
namespace {

std::optional<Money> amountOf(const FraudService &service, const QJsonObject &values, const QString &currency)
{
    if (service.amountField.isEmpty())
        return std::nullopt;
    const QJsonValue v = values.value(service.amountField);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(qint64(d)))
        return std::nullopt;
    return Money(qint64(d), currency);
}

// Text and choice values as the customer gave them; a choice's stored value
// ("other") is searched too, since a bank may list a purpose code.
QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList parts;
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            parts << textOf(items.at(i));
        return parts.join(u' ');
    }
    return {};
}

bool atLeast(const std::optional<Money> &amount, const Money &limit)
{
    return amount && amount->currency() == limit.currency() && amount->fen() >= limit.fen();
}

void addOnce(QStringList *hits, const QString &code)
{
    if (!hits->contains(code))
        hits->append(code);
}

} // namespace

FraudCheck::FraudCheck(FraudRules rules, FraudWatchList watchList)
    : m_rules(std::move(rules))
    , m_watchList(std::move(watchList))
{
}

bool FraudCheck::covers(const FraudCustomer &customer) const
{
    if (m_rules.audience.careMode && customer.careMode)
        return true;
    return m_rules.audience.minAge && customer.age && *customer.age >= *m_rules.audience.minAge;
}

FraudVerdict FraudCheck::evaluate(const FraudTransaction &tx, const FraudCustomer &customer) const
{
    FraudVerdict verdict;
    const FraudService *service = m_rules.service(tx.serviceId);
    if (!service || !covers(customer))
        return verdict;
    // A currency the rules do not name cannot be compared: the threshold's
    // currency is assumed, as the catalog's money fields are CNY.
    const QString currency = m_rules.amountAbove ? m_rules.amountAbove->currency()
                           : service->fromAmount ? service->fromAmount->currency()
                                                 : QStringLiteral("CNY");
    const std::optional<Money> amount = amountOf(*service, tx.values, currency);
    if (service->fromAmount && !atLeast(amount, *service->fromAmount))
        return verdict; // a small withdrawal: not covered
    verdict.covered = true;

    const QString account = service->payeeAccountField.isEmpty()
                                ? QString()
                                : FraudWatchList::normalizedAccount(textOf(tx.values.value(service->payeeAccountField)));
    if (m_rules.newPayee && !account.isEmpty() && !tx.payeeKnown)
        addOnce(&verdict.hits, FraudHit::NewPayee);
    // "Above" the threshold: the threshold itself is still fine.
    if (m_rules.amountAbove && amount && amount->currency() == m_rules.amountAbove->currency()
        && amount->fen() > m_rules.amountAbove->fen())
        addOnce(&verdict.hits, FraudHit::LargeAmount);
    if (m_rules.watchList && !account.isEmpty() && m_watchList.contains(account))
        addOnce(&verdict.hits, FraudHit::WatchList);

    QStringList texts;
    for (const QString &field : service->textFields)
        texts << FraudRules::normalizedText(textOf(tx.values.value(field)));
    for (const FraudKeyword &keyword : m_rules.keywords) {
        const QString needle = FraudRules::normalizedText(keyword.text);
        for (const QString &text : texts) {
            if (text.contains(needle)) {
                addOnce(&verdict.hits, FraudHit::RemarkPrefix + keyword.pattern);
                break;
            }
        }
    }
    return verdict;
}

} // namespace branch
