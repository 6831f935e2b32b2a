#include "DateValue.h"

namespace branch {
namespace {

bool isDigits(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

} // namespace

std::optional<QDate> parseFormDate(const QString &text, DatePrecision precision)
{
    // Checked by hand: QDate::fromString accepts single-digit parts and
    // surrounding text in some formats, and a form must be exact.
    const qsizetype expected = precision == DatePrecision::Month ? 7 : 10;
    if (text.size() != expected || text.at(4) != u'-')
        return std::nullopt;
    const QStringView view(text);
    if (!isDigits(view.mid(0, 4)) || !isDigits(view.mid(5, 2)))
        return std::nullopt;
    int day = 1;
    if (precision == DatePrecision::Day) {
        if (text.at(7) != u'-' || !isDigits(view.mid(8, 2)))
            return std::nullopt;
        day = view.mid(8, 2).toInt();
    }
    const QDate date(view.mid(0, 4).toInt(), view.mid(5, 2).toInt(), day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QDate resolveDateLimit(const QString &limit, QDate today)
{
    if (limit == u"today")
        return today;
    return QDate::fromString(limit, Qt::ISODate);
}

int compareDates(QDate a, QDate b, DatePrecision precision)
{
    if (precision == DatePrecision::Month) {
        a = QDate(a.year(), a.month(), 1);
        b = QDate(b.year(), b.month(), 1);
    }
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace branch
