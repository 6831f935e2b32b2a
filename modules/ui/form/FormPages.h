#pragma once

namespace branch {

class FormController;
class KioskSession;
class Router;
class ShellController;

// The form feature's route: "form", a started service. What was typed is
// dropped as soon as the customer leaves the service's routes.
void addFormPages(Router &router, ShellController *shell, FormController *flow, KioskSession *session);

} // namespace branch
