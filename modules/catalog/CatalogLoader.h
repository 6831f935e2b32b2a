#pragma once

#include "Catalog.h"
#include "CatalogIssue.h"

#include <QStringList>

namespace branch {

struct CatalogLoadResult
{
    Catalog catalog;
    QList<CatalogIssue> issues;
    int filesRead = 0;
    int filesRefused = 0;

    bool ok() const { return issues.isEmpty(); }
};

// Loads a catalog directory: categories.json plus services/<id>.json. Every
// file is checked strictly; a broken service file is refused on its own and
// the rest still load. Without a sound categories.json nothing loads, since
// no service could be placed.
class CatalogLoader
{
public:
    // The copy built into the binary (resources/catalog, under :/catalog).
    static QString embeddedPath();

    static CatalogLoadResult loadDirectory(const QString &directory);
    static CatalogLoadResult loadEmbedded();
    // The first directory provides categories.json; later ones (a branch's own
    // additions) provide services only, and may not reuse an id already loaded.
    static CatalogLoadResult loadDirectories(const QStringList &directories);
};

} // namespace branch
