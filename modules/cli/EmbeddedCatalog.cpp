#include "EmbeddedCatalog.h"

#include "CatalogLoader.h"
#include "CliLogging.h"

namespace branch {

const Catalog &embeddedCatalog()
{
    static const CatalogLoadResult result = [] {
        CatalogLoadResult loaded = CatalogLoader::loadEmbedded();
        if (!loaded.ok())
            qCWarning(lcCli) << "the built-in catalog has" << loaded.issues.size() << "problem(s)";
        return loaded;
    }();
    return result.catalog;
}

} // namespace branch
