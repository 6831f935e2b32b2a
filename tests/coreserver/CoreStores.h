#pragma once

// Core's store on both backends, for tests whose every row runs on SQLite
// and on the PostgreSQL the ctest fixture starts (PgFixture.h).

#include "PgFixture.h"
#include "PostgresCoreStore.h"
#include "SqliteCoreStore.h"

#include <QTest>

#include <memory>

namespace coretest {

inline void backendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// Opened, or null with a warning.
inline std::unique_ptr<branch::CoreStore> openStore(const QString &backend, const QString &sqlitePath,
                                                    const QString &conninfo, int sqliteBusyMs = 5000)
{
    std::unique_ptr<branch::CoreStore> store;
    if (backend == u"sqlite")
        store = std::make_unique<branch::SqliteCoreStore>(sqlitePath, sqliteBusyMs);
    else
        store = std::make_unique<branch::PostgresCoreStore>(conninfo);
    const branch::CoreStoreStatus status = store->open();
    if (!status.ok())
        qWarning("open %s failed: %s", qPrintable(backend), qPrintable(status.detail));
    return status.ok() ? std::move(store) : nullptr;
}

} // namespace coretest
