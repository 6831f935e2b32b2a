#pragma once

#include <QByteArray>
#include <QString>

namespace branch {

// Toneless pinyin typed in Latin letters -> Chinese candidates, through
// libgooglepinyin's system dictionary. The library keeps one decoder per
// process, so only one PinyinDecoder may compose at a time (the kiosk has one
// keyboard). No user dictionary is opened: the kiosk must not learn, and keep,
// what customers type.
class PinyinDecoder
{
public:
    // Longest spelling accepted. Debian builds the library with assertions on,
    // and some spellings of 17 letters abort inside it ("an" x 9 does); none
    // of 16 did in our sampling. The input method commits and starts over.
    static constexpr qsizetype kMaxSpelling = 16;

    PinyinDecoder() = default;
    ~PinyinDecoder();
    PinyinDecoder(const PinyinDecoder &) = delete;
    PinyinDecoder &operator=(const PinyinDecoder &) = delete;

    // Opens the shared dictionary on first use (a few ms). False when it is
    // missing; every other call then reports no candidates.
    bool open();
    static QString dictionaryPath();

    // Replaces the spelling being composed and looks it up again.
    void setSpelling(const QString &latin);
    bool appendLetter(QChar letter);
    // Removes the last letter and any choice made so far.
    void removeLetter();
    void reset();

    QString spelling() const { return m_spelling; }
    bool isComposing() const { return !m_spelling.isEmpty(); }
    bool isFull() const { return m_spelling.size() >= kMaxSpelling; }
    int candidateCount() const { return m_candidates; }
    QString candidate(int index) const;
    // What the text field shows while composing: the characters already
    // chosen, then the letters still to convert.
    QString preedit() const;

    // Takes a candidate. Returns the text to commit once every syllable is
    // converted (and resets), or an empty string while letters remain.
    QString choose(int index);

private:
    void search();

    QString m_spelling;
    int m_candidates = 0;
};

} // namespace branch
