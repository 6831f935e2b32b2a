#include "JsonLine.h"

namespace branch {

QString jsonQuoted(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            quoted += QStringLiteral("\\\"");
            break;
        case u'\\':
            quoted += QStringLiteral("\\\\");
            break;
        case u'\n':
            quoted += QStringLiteral("\\n");
            break;
        case u'\r':
            quoted += QStringLiteral("\\r");
            break;
        case u'\t':
            quoted += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                quoted += c;
        }
    }
    quoted += u'"';
    return quoted;
}

QString jsonLine(const QList<QPair<QString, QString>> &fields)
{
    QString line = QStringLiteral("{");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += jsonQuoted(fields[i].first) + u':' + jsonQuoted(fields[i].second);
    }
    line += u'}';
    return line;
}

} // namespace branch
