#pragma once

#include "SearchIndex.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace branch {

class Catalog;

struct SearchHit
{
    QString id;
    double score = 0.0; // higher is better; only comparable within one query

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

struct SearchResult
{
    QList<SearchHit> hits;
    QString reason; // empty, or a SearchQuery reason code for input that cannot be searched

    bool ok() const { return reason.isEmpty(); }
    QString message() const;
};

// Finds catalog services from what people type or say: colloquial Chinese,
// synonyms, homophone typos, toneless pinyin (spaced, joined or initials) and
// English. Results are ranked by score, ties by id, so equal input always
// gives equal output.
class ServiceSearch
{
public:
    static constexpr int kDefaultLimit = 5;
    // Below these a match is noise: one shared generic word, a category name.
    static constexpr double kMinScore = 0.5;
    static constexpr double kMinShareOfBest = 0.25;

    ServiceSearch() = default;
    explicit ServiceSearch(const Catalog &catalog) { setCatalog(catalog); }

    void setCatalog(const Catalog &catalog);
    qsizetype serviceCount() const { return m_index.services().size(); }

    SearchResult search(QStringView text, int limit = kDefaultLimit) const;

private:
    SearchIndex m_index;
};

} // namespace branch
