// Feeds arbitrary bytes, decoded as UTF-8, to the search query parser and to
// ServiceSearch over a small catalog. Beyond "no crash", it checks what callers
// rely on: a refused query has a reason and no hits, hits are sorted by score
// then id, and every unit weight lines up with its unit.

#include "Catalog.h"
#include "SearchQuery.h"
#include "ServiceSearch.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

branch::Catalog smallCatalog()
{
    branch::Catalog catalog;
    catalog.setCategories({{QStringLiteral("utilities"), QStringLiteral("livelihood"),
                            {QStringLiteral("生活缴费"), QStringLiteral("Utility bills")}}});
    branch::ServiceDefinition electricity;
    electricity.id = QStringLiteral("utility.electricity");
    electricity.category = QStringLiteral("utilities");
    electricity.name = {QStringLiteral("电费"), QStringLiteral("Electricity bill")};
    electricity.description = {QStringLiteral("缴纳家庭电费。"), QStringLiteral("Pay your power bill.")};
    electricity.keywords.zh = {QStringLiteral("交电费"), QStringLiteral("国家电网")};
    electricity.keywords.en = {QStringLiteral("pay electricity")};
    branch::ServiceDefinition fund = electricity;
    fund.id = QStringLiteral("hpf.deposit_registration");
    fund.name = {QStringLiteral("公积金缴存登记"), QStringLiteral("Housing fund registration")};
    fund.keywords.zh = {QStringLiteral("公积金"), QStringLiteral("住房公积金")};
    fund.keywords.en = {QStringLiteral("provident fund")};
    catalog.addService(electricity);
    catalog.addService(fund);
    return catalog;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const branch::ServiceSearch search(smallCatalog());
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const branch::SearchQuery query = branch::SearchQuery::parse(text);
    require(query.ok() || !query.message().isEmpty());
    for (const branch::QuerySegment &segment : query.segments) {
        require(!segment.units.isEmpty());
        require(segment.units.size() == segment.unitWeights.size());
    }

    const branch::SearchResult result = search.search(text, 5);
    require(result.reason == query.reason);
    require(result.ok() || result.hits.isEmpty());
    require(result.hits.size() <= 5);
    for (qsizetype i = 1; i < result.hits.size(); ++i) {
        const branch::SearchHit &a = result.hits[i - 1];
        const branch::SearchHit &b = result.hits[i];
        require(a.score > b.score || (a.score == b.score && a.id < b.id));
    }
    return 0;
}
