#pragma once

#include <QLocale>
#include <QString>

namespace branch {

// A catalog string in both languages the kiosk speaks. The catalog is data, not
// source code, so these strings do not go through tr(): both are in the file.
struct LocalizedText
{
    QString zh;
    QString en;

    // Chinese for a Chinese locale, English for everything else.
    QString text(const QLocale &locale = QLocale()) const;

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace branch
