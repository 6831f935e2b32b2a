#include "CatalogIssue.h"

namespace branch {

QString CatalogIssue::toString() const
{
    const QString where = path.isEmpty() ? QStringLiteral("(file)") : path;
    return file + QStringLiteral(": ") + where + QStringLiteral(": ") + reason;
}

QStringList issueLines(const QList<CatalogIssue> &issues)
{
    QStringList lines;
    lines.reserve(issues.size());
    for (const CatalogIssue &issue : issues)
        lines.append(issue.toString());
    return lines;
}

} // namespace branch
