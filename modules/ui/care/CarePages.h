#pragma once

namespace branch {

class CareHomeModel;
class Router;
class ShellController;

// The care feature: in care mode the home screen opens on a few large tiles
// (the router's "homeCare" part, which the catalog's home page shows while
// care mode is on), with the full list one tap away.
void addCarePages(Router &router, ShellController *shell, CareHomeModel *home);

} // namespace branch
