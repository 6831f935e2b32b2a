#pragma once

#include "SqlCoreStore.h"

namespace branch {

// The default store: one SQLite file, WAL, synchronous=FULL so that an
// "applied" answer survives a power cut at the core.
class SqliteCoreStore final : public SqlCoreStore
{
public:
    explicit SqliteCoreStore(const QString &path, int busyTimeoutMs = 5000);
    QString backendName() const override { return QStringLiteral("sqlite"); }

protected:
    QString connect() override;
    QString beginStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

private:
    QString m_path;
    int m_busyTimeoutMs;
};

} // namespace branch
