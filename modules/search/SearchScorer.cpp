#include "SearchScorer.h"

#include <QVarLengthArray>

#include <algorithm>

namespace branch {

namespace {

float wordMatch(const QueryWord &word, const QString &stem)
{
    if (word.stem == stem)
        return 1.0f;
    if (word.alternatives.contains(stem))
        return SearchScorer::kWordAlternative;
    const QString &shorter = word.stem.size() < stem.size() ? word.stem : stem;
    const QString &longer = word.stem.size() < stem.size() ? stem : word.stem;
    if (shorter.size() >= 4 && longer.startsWith(shorter))
        return SearchScorer::kWordPrefix;
    return 0.0f;
}

} // namespace

float SearchScorer::score(const SearchQuery &query, const IndexedService &service) const
{
    float total = 0.0f;
    float bonus = 0.0f;
    QVarLengthArray<float, 8> groupBest;
    for (const QuerySegment &segment : query.segments) {
        if (segment.group < 0) {
            total += chineseScore(segment, service, bonus);
            continue;
        }
        float groupBonus = 0.0f;
        const float value = chineseScore(segment, service, groupBonus) + groupBonus;
        if (groupBest.size() <= segment.group)
            groupBest.resize(segment.group + 1, 0.0f);
        groupBest[segment.group] = qMax(groupBest[segment.group], value);
    }
    for (const float best : groupBest)
        total += best;
    return total + bonus + englishScore(query.words, service);
}

float SearchScorer::chineseScore(const QuerySegment &segment, const IndexedService &service,
                                 float &bonus) const
{
    const auto n = segment.units.size();
    QVarLengthArray<float, 64> credit(n, 0.0f);
    // Two rows of the dynamic programme per array; the rows trade places by
    // pointer. Swapping the arrays themselves copied their inline buffers and
    // took a quarter of a query's time.
    QVarLengthArray<int, 128> lengthRows;
    QVarLengthArray<float, 128> qualityRows;
    QVarLengthArray<int, 128> exactRows;

    const auto sounds = soundsOf(segment.units);
    // Initials and characters the table lacks have no sound to filter by.
    const bool canFilter = std::all_of(segment.units.begin(), segment.units.end(),
                                       [](const Unit &u) { return !u.nearSounds.isEmpty(); });
    for (const IndexTerm &term : service.terms) {
        const auto m = term.units.size();
        if (canFilter && (term.sounds & sounds).none())
            continue; // shares not even a near-sound with the segment
        if (segment.weight < 1.0f && !term.wholeTermBonus)
            continue; // a synonym the lexicon added is looked for in names and keywords only

        lengthRows.resize(2 * (m + 1));
        qualityRows.resize(2 * (m + 1));
        exactRows.resize(2 * (m + 1));
        int *previousLength = lengthRows.data();
        int *currentLength = previousLength + m + 1;
        float *previousQuality = qualityRows.data();
        float *currentQuality = previousQuality + m + 1;
        int *previousExact = exactRows.data();
        int *currentExact = previousExact + m + 1;
        std::fill_n(previousLength, m + 1, 0);
        std::fill_n(previousQuality, m + 1, 0.0f);
        std::fill_n(previousExact, m + 1, 0);
        for (qsizetype i = 0; i < n; ++i) {
            currentLength[0] = 0;
            currentQuality[0] = 0.0f;
            currentExact[0] = 0;
            // Initials ("gjj") are loose: they count only as the abbreviation
            // of a whole name or keyword, letter for letter.
            const bool skip = segment.units[i].isInitial() && (!term.wholeTermBonus || m != n);
            for (qsizetype j = 0; j < m; ++j) {
                const float q = skip ? 0.0f : matchQuality(segment.units[i], term.units[j], m_pinyin);
                if (q <= 0.0f) {
                    currentLength[j + 1] = 0;
                    currentQuality[j + 1] = 0.0f;
                    currentExact[j + 1] = 0;
                    continue;
                }
                const int len = previousLength[j] + 1;
                const float sum = previousQuality[j] + q;
                const int exact = previousExact[j] + (q >= MatchQuality::kSameCharacter ? 1 : 0);
                currentLength[j + 1] = len;
                currentQuality[j + 1] = sum;
                currentExact[j + 1] = exact;
                const bool chance = exact == 0 && segment.units[i].isHanzi();
                if (segment.units[i].isInitial() && len != n)
                    continue;
                if (len == 1 && q < 1.0f)
                    continue; // a lone homophone says nothing
                const qsizetype from = j - len + 1;
                const float rarity = term.rarityOf(from, len);
                const float average = sum / float(len);
                float value = average * term.weight * rarity;
                if (len == 1)
                    value *= kSingleCharacterFactor;
                if (chance)
                    value *= kAllHomophoneFactor;
                float unitWeight = 0.0f;
                for (qsizetype p = i - len + 1; p <= i; ++p) {
                    credit[p] = qMax(credit[p], value);
                    unitWeight += segment.unitWeights[p];
                }
                if (len == m && len >= 2 && term.wholeTermBonus && !chance) {
                    const float b = kTermBonus * unitWeight * average * rarity * segment.weight
                                    * (term.isName ? kNameFactor : 1.0f);
                    bonus = qMax(bonus, b);
                }
            }
            std::swap(previousLength, currentLength);
            std::swap(previousQuality, currentQuality);
            std::swap(previousExact, currentExact);
        }
    }
    float sum = 0.0f;
    for (qsizetype p = 0; p < n; ++p)
        sum += credit[p] * segment.unitWeights[p];
    return sum * segment.weight;
}

float SearchScorer::englishScore(const QList<QueryWord> &words, const IndexedService &service) const
{
    if (words.isEmpty())
        return 0.0f;
    float total = 0.0f;
    for (const QueryWord &word : words) {
        float best = 0.0f;
        for (const EnglishTerm &term : service.english) {
            for (qsizetype p = 0; p < term.stems.size(); ++p) {
                const float m = wordMatch(word, term.stems[p]);
                if (m > 0.0f)
                    best = qMax(best, m * term.weight * term.rarity[p]);
            }
        }
        total += best;
    }

    float bonus = 0.0f;
    for (const EnglishTerm &term : service.english) {
        float phrase = 0.0f;
        for (qsizetype k = 0; k + 1 < words.size(); ++k) {
            for (qsizetype p = 0; p + 1 < term.stems.size(); ++p) {
                if (wordMatch(words[k], term.stems[p]) > 0.0f && wordMatch(words[k + 1], term.stems[p + 1]) > 0.0f)
                    phrase += kPhraseBonus * term.weight;
            }
        }
        bool whole = term.wholeTermBonus;
        float quality = 0.0f;
        for (qsizetype p = 0; p < term.stems.size(); ++p) {
            float best = 0.0f;
            for (const QueryWord &word : words)
                best = qMax(best, wordMatch(word, term.stems[p]));
            whole = whole && best > 0.0f;
            quality += best * term.rarity[p];
        }
        if (whole) {
            phrase += kEnglishTermBonus * quality * (term.isName ? kNameFactor : 1.0f);
        }
        bonus = qMax(bonus, phrase);
    }
    return total + bonus;
}

} // namespace branch
