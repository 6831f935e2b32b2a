#pragma once

#include <QString>

namespace branch {

namespace routes {
// What was saved when a damaged database was set aside; from the staff page.
inline const QString staffSalvage = QStringLiteral("staff-salvage");
} // namespace routes

class AuthorizationController;
class FormController;
class Router;
class ShellController;
class StaffController;
class StaffSignInController;

// The staff feature: the sign-in page ("staff-sign-in", where a long press on
// the delivery badge leads), the "staff" route and its salvage report
// ("staff-salvage"), both shown only to a signed-in member, and the delivery
// badge in the top bar's status slot.
void addStaffPages(Router &router, ShellController *shell, StaffController *staff, StaffSignInController *signIn);
// The authorize step's view, in the form flow's "flowAuthorize" slot: FlowPage
// shows it while the form is at its authorize stage.
void addAuthorizationPart(Router &router, ShellController *shell, AuthorizationController *authorization,
                          FormController *flow);

} // namespace branch
