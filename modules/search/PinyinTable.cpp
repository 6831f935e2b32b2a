#include "PinyinTable.h"

#include "SearchLogging.h"

#include <QFile>

#include <algorithm>
#include <limits>

namespace branch {

namespace {

constexpr qsizetype kLongestSyllable = 6; // "zhuang", "shuang"

QString foldSyllable(QString s)
{
    if (s.size() > 2 && (s.startsWith(QLatin1String("zh")) || s.startsWith(QLatin1String("ch"))
                         || s.startsWith(QLatin1String("sh"))))
        s.remove(1, 1);
    if (s.endsWith(QLatin1String("ng")))
        s.chop(1);
    return s;
}

} // namespace

bool Readings::contains(SyllableId id) const
{
    for (quint8 i = 0; i < count; ++i) {
        if (ids[i] == id)
            return true;
    }
    return false;
}

bool Readings::intersects(const Readings &other) const
{
    for (quint8 i = 0; i < count; ++i) {
        if (other.contains(ids[i]))
            return true;
    }
    return false;
}

void Readings::add(SyllableId id)
{
    if (count < ids.size() && !contains(id))
        ids[count++] = id;
}

const PinyinTable &PinyinTable::shared()
{
    static const PinyinTable table = [] {
        PinyinTable t;
        QFile file(QStringLiteral(":/search/pinyin.tsv"));
        if (!file.open(QIODevice::ReadOnly) || !t.load(QString::fromUtf8(file.readAll())))
            qCWarning(lcSearch) << "pinyin table missing; homophone matching is off";
        return t;
    }();
    return table;
}

SyllableId PinyinTable::intern(const QString &syllable)
{
    const auto it = m_syllableIds.constFind(syllable);
    if (it != m_syllableIds.constEnd())
        return *it;
    const auto id = SyllableId(m_syllables.size());
    m_syllableIds.insert(syllable, id);
    m_syllables.append(syllable);
    const QString folded = foldSyllable(syllable);
    auto fuzzy = m_fuzzyIds.constFind(folded);
    if (fuzzy == m_fuzzyIds.constEnd())
        fuzzy = m_fuzzyIds.insert(folded, SyllableId(m_fuzzyIds.size()));
    m_fuzzy.append(*fuzzy);
    return id;
}

bool PinyinTable::load(const QString &tsv)
{
    *this = PinyinTable();
    const auto lines = QStringView(tsv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_readings.reserve(lines.size());
    for (const QStringView line : lines) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            continue;
        const QList<uint> code = line.left(tab).toUcs4();
        if (code.size() != 1)
            continue;
        Readings readings;
        for (const QStringView r : line.mid(tab + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            // Vowel-less interjections (嗯 n, 呣 m, hng) would let almost any
            // Latin word pass for pinyin.
            const bool hasVowel = std::any_of(r.begin(), r.end(), [](QChar c) {
                return QStringView(u"aeiouv").contains(c);
            });
            if (hasVowel && r.size() <= kLongestSyllable
                && m_syllables.size() < std::numeric_limits<SyllableId>::max())
                readings.add(intern(r.toString()));
        }
        if (!readings.isEmpty())
            m_readings.insert(char32_t(code.first()), readings);
    }
    return !m_readings.isEmpty();
}

std::optional<SyllableId> PinyinTable::syllable(QStringView latin) const
{
    const auto it = m_syllableIds.constFind(latin.toString());
    if (it == m_syllableIds.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QList<SyllableId>> PinyinTable::segment(QStringView latin) const
{
    const qsizetype n = latin.size();
    if (n == 0 || m_syllables.isEmpty())
        return std::nullopt;
    // best[i]: fewest syllables covering latin[0, i); ties keep the split
    // found first, which is the one with the longer leading syllable.
    constexpr int kNone = std::numeric_limits<int>::max();
    QList<int> best(n + 1, kNone);
    QList<qsizetype> from(n + 1, -1);
    QList<SyllableId> ids(n + 1, 0);
    best[0] = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (best[i] == kNone)
            continue;
        for (qsizetype len = qMin(kLongestSyllable, n - i); len >= 1; --len) {
            const auto id = syllable(latin.mid(i, len));
            if (id && best[i] + 1 < best[i + len]) {
                best[i + len] = best[i] + 1;
                from[i + len] = i;
                ids[i + len] = *id;
            }
        }
    }
    if (best[n] == kNone)
        return std::nullopt;
    QList<SyllableId> out;
    for (qsizetype at = n; at > 0; at = from[at])
        out.prepend(ids[at]);
    return out;
}

} // namespace branch
