#pragma once

// The PostgreSQL server a ctest fixture starts for a test (scripts/pg-test-server):
// its conninfo, from the file the fixture wrote. Its absence is a failure, not a skip.

#include <QFile>
#include <QString>

namespace branch::test {

// Empty, with *error saying why, when the fixture did not run.
inline QString fixtureConninfo(QString *error)
{
    const QString file = qEnvironmentVariable("BRANCH_CORE_PG_CONNINFO_FILE");
    if (file.isEmpty()) {
        *error = QStringLiteral("BRANCH_CORE_PG_CONNINFO_FILE is not set: run through ctest");
        return {};
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the PostgreSQL fixture did not write its conninfo");
        return {};
    }
    const QString conninfo = QString::fromUtf8(f.readAll()).trimmed();
    if (conninfo.isEmpty())
        *error = QStringLiteral("the PostgreSQL fixture wrote an empty conninfo");
    return conninfo;
}

} // namespace branch::test
