#pragma once

namespace branch {

class FormController;
class Router;
class ShellController;

// The catalog feature's routes: "home" (categories and search), "category"
// (its services) and "service" (one service's details, read from the form
// controller, which is told which service before the page is built).
void addCatalogPages(Router &router, ShellController *shell, FormController *flow);

} // namespace branch
