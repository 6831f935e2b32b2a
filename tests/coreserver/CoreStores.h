#pragma once

// Core's store on both backends, for tests whose every row runs on SQLite
// and on the PostgreSQL the ctest fixture starts (PgFixture.h).

#include "PgFixture.h"
#include "PostgresCoreStore.h"
#include "SqliteCoreStore.h"

#include <QSqlDatabase>
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

// A plain connection to the same database, behind the store's back (to edit
// or clear rows as someone with write access would). Not opened; the caller
// removes it by `name` when done.
inline QSqlDatabase rawConnection(const QString &backend, const QString &sqlitePath, const QString &conninfo,
                                  const QString &name)
{
    QSqlDatabase db;
    if (backend == u"sqlite") {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
    } else {
        QString error;
        const auto keywords = branch::PostgresCoreStore::parseConninfo(conninfo, &error);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(keywords.value(QStringLiteral("host")));
        db.setDatabaseName(keywords.value(QStringLiteral("dbname")));
        db.setUserName(keywords.value(QStringLiteral("user")));
        db.setPort(keywords.value(QStringLiteral("port")).toInt());
    }
    return db;
}

} // namespace coretest
