#pragma once

#include "Database.h"

#include <QByteArray>

#include <cstdio>

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

// The victims' start: opens the database, says on stdout when it came up
// degraded (the kill tests read that), and reports a failure on stderr.
inline bool openVictimDatabase(branch::Database &db, const QString &path)
{
    const branch::OpenResult opened = db.open({path});
    if (!opened.ok) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.status.detail));
        return false;
    }
    if (opened.status.isError()) {
        std::printf("status %s\n", qPrintable(opened.status.reason));
        std::fflush(stdout);
    }
    return true;
}

} // namespace branch::test
