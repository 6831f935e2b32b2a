#include "SqlScript.h"

namespace branch {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Tracks the words of one statement, just enough to know where it ends.
struct StatementState
{
    QString text;
    QStringList leadingWords; // first few words, upper case
    bool hasCode = false;
    int caseDepth = 0;
    bool triggerBodyClosed = false;

    bool isTrigger() const
    {
        // CREATE [TEMP|TEMPORARY] TRIGGER
        if (leadingWords.size() < 2 || leadingWords.at(0) != QLatin1String("CREATE"))
            return false;
        return leadingWords.at(1) == QLatin1String("TRIGGER")
            || (leadingWords.size() >= 3 && leadingWords.at(2) == QLatin1String("TRIGGER"));
    }

    void addWord(const QString &word)
    {
        const QString upper = word.toUpper();
        if (leadingWords.size() < 3)
            leadingWords.append(upper);
        if (upper == QLatin1String("CASE")) {
            ++caseDepth;
        } else if (upper == QLatin1String("END")) {
            if (caseDepth > 0)
                --caseDepth;
            else
                triggerBodyClosed = true;
        }
    }

    bool endsAtSemicolon() const { return !isTrigger() || triggerBodyClosed; }
};

bool isTransactionControl(const QString &firstWord)
{
    static const QStringList words = {
        QStringLiteral("BEGIN"), QStringLiteral("COMMIT"), QStringLiteral("END"),
        QStringLiteral("ROLLBACK"), QStringLiteral("SAVEPOINT"), QStringLiteral("RELEASE"),
        QStringLiteral("VACUUM"),
    };
    return words.contains(firstWord);
}

} // namespace

SqlScript SqlScript::parse(const QString &text)
{
    SqlScript script;
    StatementState st;
    QString word;
    const qsizetype n = text.size();

    auto flushWord = [&] {
        if (!word.isEmpty()) {
            st.addWord(word);
            word.clear();
        }
    };
    auto finishStatement = [&] {
        flushWord();
        if (st.hasCode) {
            if (!st.leadingWords.isEmpty() && isTransactionControl(st.leadingWords.first())) {
                script.error = QStringLiteral("statement %1 uses %2; the migrator owns the transaction")
                                   .arg(script.statements.size() + 1)
                                   .arg(st.leadingWords.first());
            }
            script.statements.append(st.text.trimmed());
        }
        st = StatementState{};
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();

        if (c == u'-' && next == u'-') { // line comment: skip to end of line
            flushWord();
            while (i < n && text.at(i) != u'\n')
                ++i;
            st.text.append(u'\n');
            continue;
        }
        if (c == u'/' && next == u'*') { // block comment
            flushWord();
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0) {
                script.error = QStringLiteral("unterminated comment");
                return script;
            }
            i = end + 1;
            st.text.append(u' ');
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            flushWord();
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (text.at(j) == close) {
                    // A doubled quote inside a quoted string is an escaped quote.
                    if (close != u']' && j + 1 < n && text.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            if (j >= n) {
                script.error = QStringLiteral("unterminated quote");
                return script;
            }
            st.text.append(QStringView(text).mid(i, j - i + 1));
            st.hasCode = true;
            i = j;
            continue;
        }
        if (c == u';') {
            flushWord();
            if (st.endsAtSemicolon()) {
                finishStatement();
                continue;
            }
            st.text.append(c);
            continue;
        }
        if (isWordChar(c)) {
            word.append(c);
        } else {
            flushWord();
        }
        if (!c.isSpace())
            st.hasCode = true;
        st.text.append(c);
    }
    finishStatement();
    return script;
}

} // namespace branch
