#include "EnglishText.h"

namespace branch::EnglishText {

namespace {

bool isAsciiWordChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

} // namespace

QString stem(const QString &w)
{
    QString s = w;
    if (s.endsWith(QLatin1String("'s")))
        s.chop(2);
    if (s.size() > 4 && s.endsWith(QLatin1String("ies")))
        return s.chopped(3) + QLatin1Char('y');
    if (s.size() > 5 && s.endsWith(QLatin1String("ing")))
        return s.chopped(3);
    if (s.size() > 4 && s.endsWith(QLatin1String("ed")) && !s.endsWith(QLatin1String("eed")))
        return s.chopped(2);
    if (s.size() > 3 && s.endsWith(QLatin1Char('s')) && !s.endsWith(QLatin1String("ss"))
        && !s.endsWith(QLatin1String("us")))
        return s.chopped(1);
    return s;
}

QStringList stems(QStringView text)
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            out.append(stem(word));
        word.clear();
    };
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        if (isAsciiWordChar(lower))
            word.append(lower);
        else if (c != QLatin1Char('\''))
            flush();
    }
    flush();
    return out;
}

} // namespace branch::EnglishText
