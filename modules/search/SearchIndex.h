#pragma once

#include "TextUnits.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <bitset>

namespace branch {

class Catalog;
class SearchLexicon;

// A Chinese phrase from the catalog: a name, a keyword, or a piece of a
// category name or description (those weigh less and earn no whole-term bonus).
inline constexpr qsizetype kLongestKey = 6;

struct IndexTerm
{
    static constexpr qsizetype kSoundBits = 512;

    QList<Unit> units;
    // Filled by the index: rarity of each substring (from, length <= kLongestKey)
    // at [from * kLongestKey + length - 1], and which near-sounds occur, so a
    // query skips terms it cannot match.
    QList<float> rarity;
    std::bitset<kSoundBits> sounds;
    float weight = 1.0f;
    bool wholeTermBonus = false;
    bool isName = false;

    float rarityOf(qsizetype from, qsizetype length) const;
};

std::bitset<IndexTerm::kSoundBits> soundsOf(const QList<Unit> &units);

struct EnglishTerm
{
    QStringList stems;
    QList<float> rarity; // the idf of each stem, computed once at build()
    float weight = 1.0f;
    bool wholeTermBonus = false;
    bool isName = false;
};

struct IndexedService
{
    QString id;
    QList<IndexTerm> terms;
    QList<EnglishTerm> english;
};

// Everything search knows about the catalog, built once from its C++ API.
// Document frequencies let rare words ("电费") outweigh common ones ("缴费").
class SearchIndex
{
public:
    static constexpr float kNameWeight = 1.0f;
    static constexpr float kKeywordWeight = 1.0f;
    static constexpr float kCategoryWeight = 0.4f;
    static constexpr float kDescriptionWeight = 0.3f;
    void build(const Catalog &catalog, const PinyinTable &pinyin, const SearchLexicon &lexicon);

    const QList<IndexedService> &services() const { return m_services; }
    // 1 for text found in one service only, towards 0 for text found in all.
    float chineseIdf(const QString &hanzi) const;
    float englishIdf(const QString &stem) const;

private:
    float idf(int documentFrequency) const;

    QList<IndexedService> m_services;
    QHash<QString, int> m_chineseDf;
    QHash<QString, int> m_englishDf;
};

} // namespace branch
