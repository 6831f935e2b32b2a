#pragma once

#include "TextUnits.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace branch {

class SearchLexicon;

struct QuerySegment
{
    QList<Unit> units;
    QList<float> unitWeights; // below 1 for generic words (交钱, 付款)
    float weight = 1.0f;      // below 1 for a synonym the lexicon added
    int group = -1;           // segments of one group are readings of the same text: the best counts
};

struct QueryWord
{
    QString stem;
    QStringList alternatives; // from the lexicon, weaker than the word itself
};

// What a person typed or said, checked and taken apart for the scorer:
// Chinese segments (cut at generic words), pinyin typed in Latin letters
// (spaced or not, or initials only), and English words.
struct SearchQuery
{
    static constexpr qsizetype kMaxLength = 200;

    // Stable codes: empty_query, query_too_long, invalid_characters, nothing_to_search.
    QString reason;
    QString normalized;
    QList<QuerySegment> segments;
    QList<QueryWord> words;

    bool ok() const { return reason.isEmpty(); }
    QString message() const; // translated, for the person at the kiosk

    static SearchQuery parse(QStringView text, const PinyinTable &pinyin, const SearchLexicon &lexicon);
    static SearchQuery parse(QStringView text);
};

} // namespace branch
