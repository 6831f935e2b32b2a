#include "CoreOptions.h"

#include "CoreCli.h"
#include "PostgresCoreStore.h"
#include "SqliteCoreStore.h"

#include <QDir>
#include <QStandardPaths>

namespace branch {

bool CoreOptions::parse(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (valued.contains(arg)) {
            if (i + 1 >= args.size()) {
                reason = QStringLiteral("missing_value");
                message = tr("Option %1 needs a value.").arg(arg);
                return false;
            }
            m_values.insert(arg, args.at(++i));
        } else if (flags.contains(arg)) {
            m_values.insert(arg, QString());
        } else if (arg.startsWith(QLatin1String("--"))) {
            reason = QStringLiteral("unknown_option");
            message = tr("Unknown option %1.").arg(arg);
            return false;
        } else {
            m_positional.append(arg);
        }
    }
    if (has(QStringLiteral("--database")) && has(QStringLiteral("--postgres"))) {
        reason = QStringLiteral("conflicting_options");
        message = tr("Give either --database or --postgres, not both.");
        return false;
    }
    return true;
}

bool CoreOptions::retentionDays(int *days)
{
    if (!has(QStringLiteral("--retention-days")))
        return true;
    bool ok = false;
    const int n = value(QStringLiteral("--retention-days")).toInt(&ok);
    if (!ok || n < MinimumRetentionDays) {
        reason = QStringLiteral("retention_too_short");
        message = tr("--retention-days must be a whole number of at least %1.").arg(MinimumRetentionDays);
        return false;
    }
    *days = n;
    return true;
}

std::unique_ptr<CoreStore> CoreOptions::makeStore()
{
    if (has(QStringLiteral("--postgres")))
        return std::make_unique<PostgresCoreStore>(value(QStringLiteral("--postgres")));
    QString path = value(QStringLiteral("--database"));
    if (path.isEmpty()) {
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                   .filePath(QStringLiteral("branch-core/core.db"));
    }
    return std::make_unique<SqliteCoreStore>(path);
}

int reportUsage(QTextStream &err, const QString &reason, const QString &message)
{
    err << "branch-core: " << message << " (" << reason << ")\n";
    err.flush();
    return CoreExitUsage;
}

int reportFailure(QTextStream &err, const CoreStoreStatus &status)
{
    err << "branch-core: "
        << QCoreApplication::translate("branch::CoreCli", "The core store failed: %1").arg(status.detail)
        << " (" << status.reason << ")\n";
    err.flush();
    return CoreExitFailure;
}

} // namespace branch
