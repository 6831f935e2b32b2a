#include "PinyinDecoder.h"

#include "UiLog.h"

#include <QFileInfo>

#include <pinyinime.h>

#include <array>

namespace branch {

namespace {

// The library has one decoder per process, opened once and kept: the OS
// reclaims it at exit.
bool g_opened = false;
bool g_failed = false;

// Candidates are phrases; a sentence for a long spelling stays well below this.
constexpr size_t kMaxCandidateLength = 64;

QString fromChar16(const ime_pinyin::char16 *text)
{
    qsizetype length = 0;
    while (text[length] != 0)
        ++length;
    return QString(reinterpret_cast<const QChar *>(text), length);
}

} // namespace

PinyinDecoder::~PinyinDecoder()
{
    if (g_opened)
        ime_pinyin::im_reset_search();
}

QString PinyinDecoder::dictionaryPath()
{
    return QStringLiteral(BRANCH_PINYIN_DICTIONARY);
}

bool PinyinDecoder::open()
{
    if (g_opened)
        return true;
    if (g_failed)
        return false;
    const QByteArray path = QFileInfo(dictionaryPath()).absoluteFilePath().toLocal8Bit();
    // An empty user dictionary name: nothing is learnt and nothing is written.
    g_opened = ime_pinyin::im_open_decoder(path.constData(), "");
    if (!g_opened) {
        g_failed = true;
        qCWarning(lcUi) << "pinyin dictionary could not be opened:" << dictionaryPath();
        return false;
    }
    ime_pinyin::im_set_max_lens(size_t(kMaxSpelling), size_t(kMaxSpelling));
    return true;
}

void PinyinDecoder::setSpelling(const QString &latin)
{
    m_spelling = latin.left(kMaxSpelling).toLower();
    search();
}

bool PinyinDecoder::appendLetter(QChar letter)
{
    const QChar lower = letter.toLower();
    if (lower < u'a' || lower > u'z' || m_spelling.size() >= kMaxSpelling)
        return false;
    m_spelling.append(lower);
    search();
    return true;
}

void PinyinDecoder::removeLetter()
{
    m_spelling.chop(1);
    search();
}

void PinyinDecoder::reset()
{
    m_spelling.clear();
    m_candidates = 0;
    if (g_opened)
        ime_pinyin::im_reset_search();
}

void PinyinDecoder::search()
{
    m_candidates = 0;
    if (!open())
        return;
    ime_pinyin::im_reset_search();
    if (m_spelling.isEmpty())
        return;
    const QByteArray latin = m_spelling.toLatin1();
    m_candidates = int(ime_pinyin::im_search(latin.constData(), size_t(latin.size())));
}

QString PinyinDecoder::candidate(int index) const
{
    if (index < 0 || index >= m_candidates)
        return {};
    std::array<ime_pinyin::char16, kMaxCandidateLength + 1> buffer{};
    if (!ime_pinyin::im_get_candidate(size_t(index), buffer.data(), kMaxCandidateLength))
        return {};
    return fromChar16(buffer.data());
}

QString PinyinDecoder::preedit() const
{
    if (m_spelling.isEmpty() || !g_opened)
        return m_spelling;
    const size_t fixed = ime_pinyin::im_get_fixed_len();
    if (fixed == 0)
        return m_spelling;
    const ime_pinyin::uint16 *starts = nullptr;
    const size_t syllables = ime_pinyin::im_get_spl_start_pos(starts);
    if (!starts || fixed > syllables)
        return m_spelling;
    // Candidate 0 starts with the characters chosen so far.
    return candidate(0).left(qsizetype(fixed)) + m_spelling.mid(starts[fixed]);
}

QString PinyinDecoder::choose(int index)
{
    if (index < 0 || index >= m_candidates)
        return {};
    m_candidates = int(ime_pinyin::im_choose(size_t(index)));
    const ime_pinyin::uint16 *starts = nullptr;
    const size_t syllables = ime_pinyin::im_get_spl_start_pos(starts);
    if (ime_pinyin::im_get_fixed_len() < syllables)
        return {};
    size_t decoded = 0;
    ime_pinyin::im_get_sps_str(&decoded);
    // Letters the dictionary could not read as pinyin are kept as typed.
    const QString text = candidate(0) + m_spelling.mid(qsizetype(decoded));
    reset();
    return text;
}

} // namespace branch
