#pragma once

#include "SqlCoreStore.h"

#include <QMap>

namespace branch {

// The same store on PostgreSQL through Qt's QPSQL driver. `conninfo` is a
// libpq keyword string, e.g. "host=/run/pg port=5432 dbname=core user=core".
class PostgresCoreStore final : public SqlCoreStore
{
public:
    explicit PostgresCoreStore(const QString &conninfo);
    QString backendName() const override { return QStringLiteral("postgresql"); }

    // Splits "k=v k2='v 2'" into keywords; empty with *error set on bad syntax.
    static QMap<QString, QString> parseConninfo(const QString &conninfo, QString *error);

protected:
    QString connect() override;
    // Cores (and test processes) sharing one database create the schema one
    // at a time, each statement on its own (see SqlCoreStore::createSchema).
    QString schemaLock() const override { return QStringLiteral("SELECT pg_advisory_lock(8153001)"); }
    QString schemaUnlock() const override { return QStringLiteral("SELECT pg_advisory_unlock(8153001)"); }

private:
    QString m_conninfo;
};

} // namespace branch
