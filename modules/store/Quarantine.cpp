#include "Quarantine.h"

#include "DirectorySync.h"
#include "StoreLogging.h"

#include <QFile>
#include <QFileInfo>


namespace branch::Quarantine {
namespace {

const QStringList sideSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

bool anyExists(const QString &base)
{
    if (QFileInfo::exists(base))
        return true;
    for (const QString &s : sideSuffixes) {
        if (QFileInfo::exists(base + s))
            return true;
    }
    return false;
}


} // namespace

StoreResult<QString> moveAside(const QString &path, const QDateTime &nowUtc)
{
    StoreResult<QString> result;
    const QString stamp = nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
    for (int n = 2; anyExists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(path, stamp).arg(n);

    for (const QString &s : sideSuffixes) {
        if (!QFileInfo::exists(path + s))
            continue;
        QFile side(path + s);
        if (!side.rename(target + s)) {
            result.error = StoreError::make(StoreReason::QuarantineFailed,
                                            QStringLiteral("rename %1: %2").arg(path + s, side.errorString()));
            return result;
        }
    }
    if (QFileInfo::exists(path)) {
        QFile main(path);
        if (!main.rename(target)) {
            result.error = StoreError::make(StoreReason::QuarantineFailed,
                                            QStringLiteral("rename %1: %2").arg(path, main.errorString()));
            return result;
        }
    }
    syncDirectory(QFileInfo(path).absolutePath(), "quarantine");
    result.value = target;
    return result;
}

} // namespace branch::Quarantine
