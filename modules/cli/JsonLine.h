#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace branch {

// One compact JSON object with string values, keys in the order given.
// QJsonObject sorts its keys; scripts and tests compare whole lines, so the
// order is part of the output format.
QString jsonLine(const QList<QPair<QString, QString>> &fields);

QString jsonQuoted(const QString &text);

} // namespace branch
