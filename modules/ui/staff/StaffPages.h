#pragma once

#include <QString>

namespace branch {

namespace routes {
// What was saved when a damaged database was set aside; from the staff page.
inline const QString staffSalvage = QStringLiteral("staff-salvage");
} // namespace routes

class Router;
class ShellController;
class StaffController;

// The staff feature: the "staff" route, its salvage report ("staff-salvage"),
// and the delivery badge in the top bar's status slot (a long press on it
// opens the staff page).
void addStaffPages(Router &router, ShellController *shell, StaffController *staff);

} // namespace branch
