#pragma once

#include "SearchIndex.h"
#include "SearchQuery.h"

namespace branch {

// Scores one query against one service. Chinese and pinyin segments are
// aligned with every term of the service; each query position earns the best
// credit any matching run gives it (match quality x field weight x rarity),
// and the best whole-term hit adds a bonus. English words add their own.
class SearchScorer
{
public:
    static constexpr float kSingleCharacterFactor = 0.2f;
    // A typo changes a character or two of a word, not all of it: a run made
    // of homophones only (先交 for 险缴) is mostly chance.
    static constexpr float kAllHomophoneFactor = 0.3f;
    static constexpr float kTermBonus = 0.5f;
    static constexpr float kNameFactor = 1.3f;
    static constexpr float kWordAlternative = 0.8f;
    static constexpr float kWordPrefix = 0.6f;
    static constexpr float kPhraseBonus = 0.3f;
    static constexpr float kEnglishTermBonus = 0.4f;

    explicit SearchScorer(const PinyinTable &pinyin)
        : m_pinyin(pinyin) {}

    float score(const SearchQuery &query, const IndexedService &service) const;

private:
    float chineseScore(const QuerySegment &segment, const IndexedService &service, float &bonus) const;
    float englishScore(const QList<QueryWord> &words, const IndexedService &service) const;

    const PinyinTable &m_pinyin;
};

} // namespace branch
