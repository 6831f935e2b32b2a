#include "SearchQuery.h"

#include "EnglishText.h"
#include "SearchLexicon.h"

#include <QCoreApplication>

namespace branch {

namespace {

constexpr float kSynonymWeight = 0.8f;
constexpr float kGenericWeight = 0.3f;
constexpr float kSplitReadingWeight = 0.9f;
constexpr qsizetype kMaxExpansions = 12;

struct Token
{
    bool han = false;
    QString text;
};

// Full-width forms become ASCII (NFKC), tone marks go (NFD, marks dropped) and
// ü is typed as v, the way pinyin keyboards expect it.
QString normalize(QStringView text)
{
    QString s = text.toString().normalized(QString::NormalizationForm_KC);
    s.replace(QChar(0x00FC), QLatin1Char('v')).replace(QChar(0x00DC), QLatin1Char('v'));
    s = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded().simplified();
}

bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\n')
            && c != QLatin1Char('\r'))
            return true;
    }
    return false;
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    for (const char32_t code : text.toUcs4()) {
        const bool latin = (code >= U'a' && code <= U'z') || (code >= U'0' && code <= U'9');
        const bool han = !latin && isHan(code);
        if (!latin && !han) {
            if (!tokens.isEmpty() && !tokens.last().text.isEmpty())
                tokens.append(Token{});
            continue;
        }
        if (tokens.isEmpty() || tokens.last().text.isEmpty() || tokens.last().han != han)
            tokens.append(Token{han, {}});
        tokens.last().text += QString::fromUcs4(&code, 1);
    }
    tokens.removeIf([](const Token &t) { return t.text.isEmpty(); });
    return tokens;
}

QStringList cutAtStopPhrases(const QString &run, const SearchLexicon &lexicon)
{
    QStringList pieces;
    QString current;
    for (qsizetype i = 0; i < run.size();) {
        qsizetype cut = 0;
        for (const QString &stop : lexicon.chineseStopPhrases()) {
            if (QStringView(run).mid(i).startsWith(stop)) {
                cut = stop.size();
                break;
            }
        }
        if (cut > 0) {
            if (!current.isEmpty())
                pieces.append(current);
            current.clear();
            i += cut;
        } else {
            current += run[i++];
        }
    }
    if (!current.isEmpty())
        pieces.append(current);
    return pieces;
}

bool isInitialsShaped(const QString &token)
{
    if (token.size() < 2 || token.size() > 5)
        return false;
    for (const QChar c : token) {
        if (!QStringView(u"bcdfghjklmnpqrstwxyz").contains(c))
            return false;
    }
    return true;
}

// The fewest syllables is usually right, but "yue" may be 余额 (yu e) and
// "xian" 西安: the reading with each syllable split in two, where it can be,
// is kept as well.
QList<Unit> splitReading(const QList<Unit> &units, const PinyinTable &pinyin)
{
    QList<Unit> out;
    for (const Unit &unit : units) {
        const QString text = unit.isInitial() ? QString() : pinyin.syllableText(unit.readings.ids[0]);
        bool split = false;
        for (qsizetype cut = text.size() - 1; cut >= 1 && !split; --cut) {
            const auto head = pinyin.syllable(QStringView(text).left(cut));
            const auto tail = pinyin.syllable(QStringView(text).mid(cut));
            if (head && tail) {
                out << syllableUnit(*head, pinyin) << syllableUnit(*tail, pinyin);
                split = true;
            }
        }
        if (!split)
            out.append(unit);
    }
    return out;
}

// A word typed in Latin letters as pinyin units, or nothing when it is not pinyin.
QList<Unit> pinyinUnits(const QString &token, const PinyinTable &pinyin)
{
    QList<Unit> units;
    if (const auto syllables = pinyin.segment(token)) {
        for (const SyllableId id : *syllables)
            units.append(syllableUnit(id, pinyin));
    } else if (isInitialsShaped(token)) {
        for (const QChar c : token)
            units.append(Unit{0, {}, c.unicode(), {}});
    }
    return units;
}

QuerySegment chineseSegment(const QString &piece, float weight, const PinyinTable &pinyin,
                            const SearchLexicon &lexicon)
{
    QuerySegment segment;
    segment.weight = weight;
    // Unit weights are set per character, so text outside the Han block
    // (none is left here) cannot shift them.
    QList<float> charWeights(piece.size(), 1.0f);
    for (const QString &generic : lexicon.chineseGenericPhrases()) {
        for (qsizetype at = piece.indexOf(generic); at >= 0; at = piece.indexOf(generic, at + 1)) {
            for (qsizetype k = at; k < at + generic.size(); ++k)
                charWeights[k] = kGenericWeight;
        }
    }
    // A query of generic words only ("缴费") has nothing better to go by.
    if (std::all_of(charWeights.begin(), charWeights.end(), [](float w) { return w < 1.0f; }))
        charWeights.fill(1.0f);
    for (qsizetype i = 0; i < piece.size(); ++i) {
        char32_t code = piece[i].unicode();
        if (piece[i].isHighSurrogate() && i + 1 < piece.size()) {
            code = QChar::surrogateToUcs4(piece[i], piece[i + 1]);
            ++i;
        }
        if (isHan(code)) {
            segment.units.append(hanziUnit(code, pinyin));
            segment.unitWeights.append(charWeights[i]);
        }
    }
    return segment;
}

// Each piece of Chinese is searched as written and with everyday words put
// the catalog's way (老人 -> 长者); the variants form one group, so a word
// found in all of them counts once.
void addChinese(SearchQuery &query, const QString &run, const PinyinTable &pinyin,
                const SearchLexicon &lexicon, int &groups)
{
    for (const QString &piece : cutAtStopPhrases(run, lexicon)) {
        QStringList variants;
        QString combined = piece;
        for (const SearchLexicon::Expansion &expansion : lexicon.chineseExpansions()) {
            if (!piece.contains(expansion.phrase))
                continue;
            for (const QString &alternative : expansion.alternatives) {
                QString replaced = piece;
                variants.append(replaced.replace(expansion.phrase, alternative));
            }
            if (combined.contains(expansion.phrase))
                combined.replace(expansion.phrase, expansion.alternatives.value(0));
        }
        variants.append(combined);
        variants.removeDuplicates();
        variants.removeAll(piece);
        if (variants.size() > kMaxExpansions)
            variants.resize(kMaxExpansions);
        const int group = variants.isEmpty() ? -1 : groups++;
        QuerySegment original = chineseSegment(piece, 1.0f, pinyin, lexicon);
        original.group = group;
        query.segments.append(original);
        for (const QString &variant : std::as_const(variants)) {
            QuerySegment segment = chineseSegment(variant, kSynonymWeight, pinyin, lexicon);
            segment.group = group;
            query.segments.append(segment);
        }
    }
}

} // namespace

QString SearchQuery::message() const
{
    if (reason == QLatin1String("empty_query"))
        return QCoreApplication::translate("branch::SearchQuery", "Type what you would like to do, in Chinese, pinyin or English.");
    if (reason == QLatin1String("query_too_long"))
        return QCoreApplication::translate("branch::SearchQuery", "That is too long to search. Please use a few words.");
    if (reason == QLatin1String("invalid_characters"))
        return QCoreApplication::translate("branch::SearchQuery", "The search text contains characters that cannot be searched.");
    if (reason == QLatin1String("nothing_to_search"))
        return QCoreApplication::translate("branch::SearchQuery", "Please describe the service in words.");
    return {};
}

SearchQuery SearchQuery::parse(QStringView text)
{
    return parse(text, PinyinTable::shared(), SearchLexicon::shared());
}

SearchQuery SearchQuery::parse(QStringView text, const PinyinTable &pinyin, const SearchLexicon &lexicon)
{
    SearchQuery query;
    if (text.size() > kMaxLength) {
        query.reason = QStringLiteral("query_too_long");
        return query;
    }
    if (text.trimmed().isEmpty()) {
        query.reason = QStringLiteral("empty_query");
        return query;
    }
    if (hasControlCharacter(text)) {
        query.reason = QStringLiteral("invalid_characters");
        return query;
    }
    query.normalized = normalize(text);

    QList<Unit> pinyinRun;
    int groups = 0;
    const auto flushPinyin = [&] {
        if (pinyinRun.isEmpty())
            return;
        const QList<float> weights(pinyinRun.size(), 1.0f);
        const QList<Unit> split = splitReading(pinyinRun, pinyin);
        const int group = split.size() != pinyinRun.size() ? groups++ : -1;
        query.segments.append({pinyinRun, weights, 1.0f, group});
        if (group >= 0)
            query.segments.append({split, QList<float>(split.size(), 1.0f), kSplitReadingWeight, group});
        pinyinRun.clear();
    };
    for (const Token &token : tokenize(query.normalized)) {
        if (token.han) {
            flushPinyin();
            addChinese(query, token.text, pinyin, lexicon, groups);
            continue;
        }
        // A Latin word may be English and pinyin at once ("fangan"); both are
        // kept and the scorer lets the catalog decide.
        const QList<Unit> units = pinyinUnits(token.text, pinyin);
        // Initials stand alone: "gjj" must abbreviate a whole term by itself.
        const bool initials = !units.isEmpty() && units.first().isInitial();
        if (units.isEmpty() || initials)
            flushPinyin();
        pinyinRun += units;
        if (initials)
            flushPinyin();
        const QString stem = EnglishText::stem(token.text);
        const bool digits = std::all_of(stem.begin(), stem.end(), [](QChar c) { return c.isDigit(); });
        if (!digits && !lexicon.isEnglishStopword(token.text) && !lexicon.isEnglishStopword(stem))
            query.words.append({stem, lexicon.englishAlternatives(stem)});
    }
    flushPinyin();

    query.segments.removeIf([](const QuerySegment &s) { return s.units.isEmpty(); });
    if (query.segments.isEmpty() && query.words.isEmpty())
        query.reason = QStringLiteral("nothing_to_search");
    return query;
}

} // namespace branch
