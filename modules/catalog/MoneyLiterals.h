#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace branch {

// JSON paths ("fee.minFen") of every number written with a fraction or an
// exponent under a key ending in "Fen". Qt's parser turns 100.0 and 1e2 into
// the integer 100, so only the text shows that money was written as a float.
// Expects text that has already parsed as JSON.
QSet<QString> floatMoneyPaths(const QByteArray &json);

} // namespace branch
