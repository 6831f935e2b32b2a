#include "SearchIndex.h"

#include "Catalog.h"
#include "EnglishText.h"
#include "SearchLexicon.h"

#include <QSet>

#include <cmath>

namespace branch {

namespace {

struct Builder
{
    const PinyinTable &pinyin;
    const SearchLexicon &lexicon;
    IndexedService service;

    void addChinese(const QString &text, float weight, bool bonus, bool isName)
    {
        for (const QList<Unit> &run : hanziRuns(text, pinyin))
            service.terms.append({run, {}, soundsOf(run), weight, bonus, isName});
        // Latin inside Chinese names ("ETC申办", "手机APP") is English to search.
        addEnglish(text, weight, bonus, isName);
    }

    void addEnglish(const QString &text, float weight, bool bonus, bool isName)
    {
        QStringList stems;
        for (const QString &stem : EnglishText::stems(text)) {
            if (!lexicon.isEnglishStopword(stem))
                stems.append(stem);
        }
        if (!stems.isEmpty())
            service.english.append({stems, {}, weight, bonus, isName});
    }
};

} // namespace

void SearchIndex::build(const Catalog &catalog, const PinyinTable &pinyin, const SearchLexicon &lexicon)
{
    m_services.clear();
    m_chineseDf.clear();
    m_englishDf.clear();

    for (const ServiceDefinition &definition : catalog.services()) {
        Builder b{pinyin, lexicon, {definition.id, {}, {}}};
        b.addChinese(definition.name.zh, kNameWeight, true, true);
        b.addEnglish(definition.name.en, kNameWeight, true, true);
        for (const QString &keyword : definition.keywords.zh)
            b.addChinese(keyword, kKeywordWeight, true, false);
        for (const QString &keyword : definition.keywords.en)
            b.addEnglish(keyword, kKeywordWeight, true, false);
        if (const CategoryDefinition *category = catalog.category(definition.category)) {
            b.addChinese(category->name.zh, kCategoryWeight, false, false);
            b.addEnglish(category->name.en, kCategoryWeight, false, false);
        }
        b.addChinese(definition.description.zh, kDescriptionWeight, false, false);
        b.addEnglish(definition.description.en, kDescriptionWeight, false, false);

        QSet<QString> chineseKeys;
        for (const IndexTerm &term : std::as_const(b.service.terms)) {
            for (qsizetype from = 0; from < term.units.size(); ++from) {
                for (qsizetype len = 1; len <= kLongestKey && from + len <= term.units.size(); ++len)
                    chineseKeys.insert(unitsText(term.units, from, len));
            }
        }
        for (const QString &key : std::as_const(chineseKeys))
            ++m_chineseDf[key];
        QSet<QString> englishKeys;
        for (const EnglishTerm &term : std::as_const(b.service.english))
            englishKeys.unite(QSet<QString>(term.stems.begin(), term.stems.end()));
        for (const QString &key : std::as_const(englishKeys))
            ++m_englishDf[key];
        m_services.append(b.service);
    }

    for (IndexedService &service : m_services) {
        for (IndexTerm &term : service.terms) {
            const qsizetype m = term.units.size();
            term.rarity.resize(m * kLongestKey);
            for (qsizetype from = 0; from < m; ++from) {
                for (qsizetype len = 1; len <= kLongestKey && from + len <= m; ++len)
                    term.rarity[from * kLongestKey + len - 1] = chineseIdf(unitsText(term.units, from, len));
            }
        }
        for (EnglishTerm &term : service.english) {
            term.rarity.clear();
            for (const QString &stem : std::as_const(term.stems))
                term.rarity.append(englishIdf(stem));
        }
    }
}

float IndexTerm::rarityOf(qsizetype from, qsizetype length) const
{
    return rarity.value(from * kLongestKey + qMin(length, kLongestKey) - 1, 1.0f);
}

std::bitset<IndexTerm::kSoundBits> soundsOf(const QList<Unit> &units)
{
    std::bitset<IndexTerm::kSoundBits> bits;
    for (const Unit &unit : units) {
        for (quint8 i = 0; i < unit.nearSounds.count; ++i)
            bits.set(unit.nearSounds.ids[i] % IndexTerm::kSoundBits);
    }
    return bits;
}

float SearchIndex::idf(int documentFrequency) const
{
    const double n = double(qMax<qsizetype>(m_services.size(), 1));
    const double df = double(qMax(documentFrequency, 1));
    return float(std::log(1.0 + n / df) / std::log(1.0 + n));
}

float SearchIndex::chineseIdf(const QString &hanzi) const
{
    return idf(m_chineseDf.value(hanzi));
}

float SearchIndex::englishIdf(const QString &stem) const
{
    return idf(m_englishDf.value(stem));
}

} // namespace branch
