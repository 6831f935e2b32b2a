#include "DatabasePath.h"

#include <QDir>
#include <QStandardPaths>

namespace branch {

QString kioskDatabasePath()
{
    // On Linux AppDataLocation is <GenericDataLocation>/<organisation>/<application>.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("BranchSuite/branchsuite/branchsuite.sqlite"));
}

} // namespace branch
