#pragma once

namespace branch {

class Router;
class ShellController;
class StaffController;

// The staff feature: the "staff" route, and the delivery badge in the top
// bar's status slot (a long press on it opens the staff page).
void addStaffPages(Router &router, ShellController *shell, StaffController *staff);

} // namespace branch
