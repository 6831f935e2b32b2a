#include "StrictJson.h"

#include <QList>
#include <QSet>
#include <QStringDecoder>

namespace branch {
namespace {

// Walks a document that QJsonDocument already accepted, so only strings,
// brackets, colons and commas need recognising.
class Scanner
{
public:
    Scanner(const QByteArray &text, int maxDepth)
        : m_text(text), m_maxDepth(maxDepth)
    {
    }

    QString run(qsizetype *offset)
    {
        for (m_pos = 0; m_pos < m_text.size(); ++m_pos) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                const qsizetype start = m_pos;
                const QString s = readString();
                if (!m_frames.isEmpty() && m_frames.last().isObject && m_frames.last().expectKey) {
                    m_frames.last().expectKey = false;
                    if (m_frames.last().keys.contains(s)) {
                        *offset = start;
                        return QStringLiteral("json_duplicate_key");
                    }
                    m_frames.last().keys.insert(s);
                }
            } else if (c == '{' || c == '[') {
                if (m_frames.size() >= m_maxDepth) {
                    *offset = m_pos;
                    return QStringLiteral("json_too_deep");
                }
                m_frames.append(Frame{c == '{', c == '{', {}});
            } else if (c == '}' || c == ']') {
                m_frames.removeLast();
            } else if (c == ',' && !m_frames.isEmpty() && m_frames.last().isObject) {
                m_frames.last().expectKey = true;
            }
        }
        return {};
    }

private:
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false;
        QSet<QString> keys;
    };

    // Leaves m_pos on the closing quote; decodes escapes so that "a" and
    // "\u0061" count as the same name.
    QString readString()
    {
        QString out;
        QByteArray run;
        auto flush = [&] {
            out += QString::fromUtf8(run);
            run.clear();
        };
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const char c = m_text.at(m_pos);
            if (c == '"')
                break;
            if (c != '\\') {
                run.append(c);
                continue;
            }
            flush();
            const char e = m_pos + 1 < m_text.size() ? m_text.at(++m_pos) : '\0';
            if (e == 'u' && m_pos + 4 < m_text.size()) {
                out += QChar(char16_t(m_text.mid(m_pos + 1, 4).toUShort(nullptr, 16)));
                m_pos += 4;
            } else {
                out += QLatin1Char(unescape(e));
            }
        }
        flush();
        return out;
    }

    static char unescape(char e)
    {
        switch (e) {
        case 'n': return '\n';
        case 't': return '\t';
        case 'r': return '\r';
        case 'b': return '\b';
        case 'f': return '\f';
        default: return e; // '"', '\\' and '/' stand for themselves
        }
    }

    const QByteArray &m_text;
    const int m_maxDepth;
    qsizetype m_pos = 0;
    QList<Frame> m_frames;
};

} // namespace

StrictJsonResult parseStrictJson(const QByteArray &body, int maxDepth)
{
    StrictJsonResult result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(body);
    if (decoder.hasError()) {
        result.reason = QStringLiteral("invalid_utf8");
        return result;
    }
    Q_UNUSED(decoded);
    QJsonParseError error;
    result.document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.reason = error.error == QJsonParseError::DeepNesting ? QStringLiteral("json_too_deep")
                                                                     : QStringLiteral("json_syntax");
        result.offset = error.offset;
        result.document = QJsonDocument();
        return result;
    }
    result.reason = Scanner(body, maxDepth).run(&result.offset);
    if (!result.ok())
        result.document = QJsonDocument();
    return result;
}

} // namespace branch
