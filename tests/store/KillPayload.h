#pragma once

#include <QByteArray>

namespace branch::test {

// The writer's n-th payload: its number followed by a filler derived from it,
// so a row holding a torn or foreign payload is detected, not just a missing one.
inline QByteArray killPayload(qint64 n, int size)
{
    QByteArray bytes = QByteArray::number(n) + ':';
    const char fill = char('A' + n % 26);
    if (bytes.size() < size)
        bytes.append(QByteArray(size - bytes.size(), fill));
    return bytes;
}

} // namespace branch::test
