#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace branch {

// Word lists the search needs beyond the catalog: generic words to ignore and
// everyday synonyms, embedded from resources/search/*.txt.
class SearchLexicon
{
public:
    struct Expansion
    {
        QString phrase;
        QStringList alternatives;
    };

    static const SearchLexicon &shared();

    // Each argument is the text of one file: a phrase a line, "#" comments;
    // synonym files hold "word<TAB>alternative alternative".
    void load(const QString &stopZh, const QString &stopEn, const QString &synonymsZh,
              const QString &synonymsEn, const QString &genericZh = {});

    // Longest first, so 怎么办 is cut before 怎么.
    const QStringList &chineseStopPhrases() const { return m_stopZh; }
    bool isEnglishStopword(const QString &word) const { return m_stopEn.contains(word); }
    // Words that do mean something but never tell services apart (交钱).
    const QStringList &chineseGenericPhrases() const { return m_genericZh; }
    // Longest phrase first.
    const QList<Expansion> &chineseExpansions() const { return m_expansionsZh; }
    QStringList englishAlternatives(const QString &stem) const { return m_expansionsEn.value(stem); }

private:
    QStringList m_stopZh;
    QSet<QString> m_stopEn;
    QStringList m_genericZh;
    QList<Expansion> m_expansionsZh;
    QHash<QString, QStringList> m_expansionsEn;
};

} // namespace branch
