#include "SearchLexicon.h"

#include "EnglishText.h"
#include "SearchLogging.h"

#include <QFile>

#include <algorithm>

namespace branch {

namespace {

QStringList contentLines(const QString &text)
{
    QStringList lines;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            lines.append(trimmed.toString());
    }
    return lines;
}

QString readResource(const QString &name)
{
    QFile file(QStringLiteral(":/search/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSearch) << "search lexicon missing:" << name;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool longerFirst(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() > b.size() : a < b;
}

} // namespace

const SearchLexicon &SearchLexicon::shared()
{
    static const SearchLexicon lexicon = [] {
        SearchLexicon l;
        l.load(readResource(QStringLiteral("stop_zh.txt")), readResource(QStringLiteral("stop_en.txt")),
               readResource(QStringLiteral("synonyms_zh.txt")),
               readResource(QStringLiteral("synonyms_en.txt")),
               readResource(QStringLiteral("generic_zh.txt")));
        return l;
    }();
    return lexicon;
}

void SearchLexicon::load(const QString &stopZh, const QString &stopEn, const QString &synonymsZh,
                         const QString &synonymsEn, const QString &genericZh)
{
    m_genericZh = contentLines(genericZh);
    m_genericZh.removeDuplicates();
    std::sort(m_genericZh.begin(), m_genericZh.end(), longerFirst);

    m_stopZh = contentLines(stopZh);
    m_stopZh.removeDuplicates();
    std::sort(m_stopZh.begin(), m_stopZh.end(), longerFirst);

    m_stopEn.clear();
    for (const QString &word : contentLines(stopEn))
        m_stopEn.insert(word.toLower());

    m_expansionsZh.clear();
    for (const QString &line : contentLines(synonymsZh)) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() == 2 && !parts[0].isEmpty())
            m_expansionsZh.append({parts[0], parts[1].split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    }
    std::sort(m_expansionsZh.begin(), m_expansionsZh.end(),
              [](const Expansion &a, const Expansion &b) { return longerFirst(a.phrase, b.phrase); });

    // Both sides are stemmed, so "dollars" and "dollar" share one entry.
    m_expansionsEn.clear();
    for (const QString &line : contentLines(synonymsEn)) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 2)
            continue;
        QStringList &alternatives = m_expansionsEn[EnglishText::stem(parts[0].toLower())];
        for (const QString &word : parts[1].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString stemmed = EnglishText::stem(word.toLower());
            if (!alternatives.contains(stemmed))
                alternatives.append(stemmed);
        }
    }
}

} // namespace branch
