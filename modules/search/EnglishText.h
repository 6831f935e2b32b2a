#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace branch {

// The few English text rules search needs: ASCII words, lower case, and a
// light stemmer so "bills", "paying" and "registered" meet their base forms.
namespace EnglishText {

QString stem(const QString &lowerWord);
// Lower-case ASCII letter/digit runs, stemmed; everything else separates.
QStringList stems(QStringView text);

} // namespace EnglishText

} // namespace branch
