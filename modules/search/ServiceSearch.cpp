#include "ServiceSearch.h"

#include "Catalog.h"
#include "SearchLexicon.h"
#include "SearchLogging.h"
#include "SearchQuery.h"
#include "SearchScorer.h"

#include <algorithm>
#include <cmath>

namespace branch {

QString SearchResult::message() const
{
    SearchQuery query;
    query.reason = reason;
    return query.message();
}

void ServiceSearch::setCatalog(const Catalog &catalog)
{
    m_index.build(catalog, PinyinTable::shared(), SearchLexicon::shared());
    qCDebug(lcSearch) << "search index built for" << m_index.services().size() << "services";
}

SearchResult ServiceSearch::search(QStringView text, int limit) const
{
    SearchResult result;
    const PinyinTable &pinyin = PinyinTable::shared();
    const SearchQuery query = SearchQuery::parse(text, pinyin, SearchLexicon::shared());
    if (!query.ok()) {
        result.reason = query.reason;
        return result;
    }

    const SearchScorer scorer(pinyin);
    for (const IndexedService &service : m_index.services()) {
        // Rounded so that the order does not hang on the last bits of a float.
        const double score = std::round(double(scorer.score(query, service)) * 1000.0) / 1000.0;
        if (score >= kMinScore)
            result.hits.append({service.id, score});
    }
    std::sort(result.hits.begin(), result.hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (!result.hits.isEmpty()) {
        const double floor = result.hits.first().score * kMinShareOfBest;
        result.hits.removeIf([floor](const SearchHit &hit) { return hit.score < floor; });
    }
    if (limit >= 0 && result.hits.size() > limit)
        result.hits.resize(limit);
    return result;
}

} // namespace branch
