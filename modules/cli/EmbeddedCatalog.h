#pragma once

namespace branch {

class Catalog;

// The catalog built into the binary, loaded once on first use, exactly as the
// kiosk loads it. Files the loader refuses are missing from it, as at a kiosk.
const Catalog &embeddedCatalog();

} // namespace branch
