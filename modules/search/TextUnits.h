#pragma once

#include "PinyinTable.h"

#include <QList>
#include <QStringView>

namespace branch {

// One position of Chinese text as search compares it: a character with its
// readings, a syllable typed in pinyin, or a bare initial ("gjj").
struct Unit
{
    char32_t hanzi = 0;     // 0 when typed in Latin letters
    Readings readings;      // empty for an initial
    char16_t initial = 0;   // the letter of an initial-only unit
    Readings nearSounds;    // the readings' fuzzy keys, kept here so matching looks nothing up

    bool isHanzi() const { return hanzi != 0; }
    bool isInitial() const { return initial != 0; }
};

// How far apart two units are; 0 means no match. The index side is always
// Chinese text from the catalog.
struct MatchQuality
{
    static constexpr float kSameCharacter = 1.0f;
    static constexpr float kTypedPinyin = 0.95f;
    static constexpr float kHomophone = 0.75f;
    static constexpr float kInitial = 0.6f;
    static constexpr float kNearSound = 0.45f;
};

float matchQuality(const Unit &query, const Unit &indexed, const PinyinTable &pinyin);

Unit hanziUnit(char32_t hanzi, const PinyinTable &pinyin);
Unit syllableUnit(SyllableId id, const PinyinTable &pinyin);

bool isHan(char32_t code);

// Splits text into runs of Han characters; anything else ends a run.
QList<QList<Unit>> hanziRuns(QStringView text, const PinyinTable &pinyin);
QList<Unit> hanziUnits(QStringView text, const PinyinTable &pinyin);
QString unitsText(const QList<Unit> &units, qsizetype from, qsizetype length);

} // namespace branch
