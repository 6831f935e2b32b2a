#pragma once

#include "CoreStore.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace branch {

// Options shared by branch-core's commands: "--name value" pairs, flags,
// and positional words, with usage errors as reason + translated message.
class CoreOptions
{
    Q_DECLARE_TR_FUNCTIONS(branch::CoreOptions)

public:
    // `valued` lists options taking a value, `flags` those that do not.
    bool parse(const QStringList &args, const QStringList &valued, const QStringList &flags);

    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    bool has(const QString &name) const { return m_values.contains(name); }
    const QStringList &positional() const { return m_positional; }

    // --retention-days N, at least MinimumRetentionDays; *days untouched when absent.
    bool retentionDays(int *days);

    QString reason;
    QString message;

    // --database FILE | --postgres CONNINFO (default: the per-user data dir).
    std::unique_ptr<CoreStore> makeStore();
    static QStringList storeOptions() { return {QStringLiteral("--database"), QStringLiteral("--postgres")}; }

private:
    QMap<QString, QString> m_values;
    QStringList m_positional;
};

int reportUsage(QTextStream &err, const QString &reason, const QString &message);
int reportFailure(QTextStream &err, const CoreStoreStatus &status);

} // namespace branch
