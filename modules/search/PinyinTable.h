#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace branch {

using SyllableId = quint16;

// Up to three toneless readings of one character, most frequent first.
struct Readings
{
    std::array<SyllableId, 3> ids{};
    quint8 count = 0;

    bool isEmpty() const { return count == 0; }
    bool contains(SyllableId id) const;
    bool intersects(const Readings &other) const;
    void add(SyllableId id);
};

// Character-to-pinyin table, generated at build time from Debian's Rime
// dictionary and embedded as :/search/pinyin.tsv. Loaded once per process.
class PinyinTable
{
public:
    static const PinyinTable &shared();

    // Loads "字<TAB>reading reading" lines; false (and an empty table) when
    // the text holds no valid line.
    bool load(const QString &tsv);

    Readings readings(char32_t hanzi) const { return m_readings.value(hanzi); }
    std::optional<SyllableId> syllable(QStringView latin) const;
    QString syllableText(SyllableId id) const { return m_syllables.value(id); }
    // zh/z, ch/c, sh/s, -ng/-n folded together: what a southern speaker or a
    // hurried typist confuses.
    SyllableId fuzzyKey(SyllableId id) const { return m_fuzzy.value(id); }
    qsizetype characterCount() const { return m_readings.size(); }
    qsizetype syllableCount() const { return m_syllables.size(); }

    // Splits toneless pinyin typed without spaces ("gongjijin") into
    // syllables, preferring the fewest; nothing when it is not pinyin.
    std::optional<QList<SyllableId>> segment(QStringView latin) const;

private:
    SyllableId intern(const QString &syllable);

    QHash<char32_t, Readings> m_readings;
    QHash<QString, SyllableId> m_syllableIds;
    QStringList m_syllables;
    QList<SyllableId> m_fuzzy;
    QHash<QString, SyllableId> m_fuzzyIds;
};

} // namespace branch
