#include "CatalogLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcCatalog, "branch.catalog", QtInfoMsg)
}
