#include "TextUnits.h"

#include <QChar>

namespace branch {

namespace {

Readings nearSoundsOf(const Readings &readings, const PinyinTable &pinyin)
{
    Readings out;
    for (quint8 i = 0; i < readings.count; ++i)
        out.add(pinyin.fuzzyKey(readings.ids[i]));
    return out;
}

bool startsWithInitial(const Readings &readings, char16_t initial, const PinyinTable &pinyin)
{
    for (quint8 i = 0; i < readings.count; ++i) {
        const QString text = pinyin.syllableText(readings.ids[i]);
        if (!text.isEmpty() && text.front().unicode() == initial)
            return true;
    }
    return false;
}

} // namespace

bool isHan(char32_t code)
{
    return QChar::script(code) == QChar::Script_Han && QChar::isLetter(code);
}

float matchQuality(const Unit &query, const Unit &indexed, const PinyinTable &pinyin)
{
    if (query.isHanzi() && query.hanzi == indexed.hanzi)
        return MatchQuality::kSameCharacter;
    if (query.isInitial())
        return startsWithInitial(indexed.readings, query.initial, pinyin) ? MatchQuality::kInitial : 0.0f;
    if (query.readings.intersects(indexed.readings))
        return query.isHanzi() ? MatchQuality::kHomophone : MatchQuality::kTypedPinyin;
    if (query.nearSounds.intersects(indexed.nearSounds))
        return MatchQuality::kNearSound;
    return 0.0f;
}

QList<QList<Unit>> hanziRuns(QStringView text, const PinyinTable &pinyin)
{
    QList<QList<Unit>> runs;
    QList<Unit> current;
    for (const char32_t code : text.toUcs4()) {
        if (isHan(code)) {
            current.append(hanziUnit(code, pinyin));
        } else if (!current.isEmpty()) {
            runs.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        runs.append(current);
    return runs;
}

Unit hanziUnit(char32_t hanzi, const PinyinTable &pinyin)
{
    Unit unit{hanzi, pinyin.readings(hanzi), 0, {}};
    unit.nearSounds = nearSoundsOf(unit.readings, pinyin);
    return unit;
}

Unit syllableUnit(SyllableId id, const PinyinTable &pinyin)
{
    Unit unit;
    unit.readings.add(id);
    unit.nearSounds = nearSoundsOf(unit.readings, pinyin);
    return unit;
}

QList<Unit> hanziUnits(QStringView text, const PinyinTable &pinyin)
{
    QList<Unit> units;
    for (const QList<Unit> &run : hanziRuns(text, pinyin))
        units += run;
    return units;
}

QString unitsText(const QList<Unit> &units, qsizetype from, qsizetype length)
{
    QString text;
    text.reserve(length * 2);
    for (qsizetype i = from; i < from + length && i < units.size(); ++i) {
        const char32_t code = units[i].hanzi;
        text += QString::fromUcs4(&code, 1);
    }
    return text;
}

} // namespace branch
