#pragma once

#include <QList>
#include <QString>

namespace branch {

// One problem found in a catalog file. `path` is a JSON path into the file
// ("form.pages[1].fields[3].type", empty for the file as a whole) and `reason`
// a stable snake_case code, so scripts and tests can rely on both.
struct CatalogIssue
{
    QString file;
    QString path;
    QString reason;

    // "services/x.json: form.pages[0].id: missing", the one line an operator reads.
    QString toString() const;

    friend bool operator==(const CatalogIssue &, const CatalogIssue &) = default;
};

QStringList issueLines(const QList<CatalogIssue> &issues);

} // namespace branch
