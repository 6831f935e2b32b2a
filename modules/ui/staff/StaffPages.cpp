#include "StaffPages.h"

#include "AuthorizationController.h"
#include "FormController.h"
#include "Router.h"
#include "ShellController.h"
#include "StaffController.h"
#include "StaffSignInController.h"

namespace branch {

namespace {

bool isSignedInRoute(const QString &route)
{
    return route == routes::staff || route == routes::staffSalvage;
}

// After the route's page is made: a redirect from `entered` would be undone
// by the page it interrupts.
void openLater(ShellController *shell, const QString &route)
{
    QMetaObject::invokeMethod(shell, [shell, route] { shell->open(route); }, Qt::QueuedConnection);
}

} // namespace

void addStaffPages(Router &router, ShellController *shell, StaffController *staff, StaffSignInController *signIn)
{
    router.addPage(routes::staffSignIn, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Staff/StaffSignInPage.qml")),
        .properties = {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                       {QStringLiteral("signIn"), QVariant::fromValue(signIn)}},
        .entered = [shell, signIn] {
            if (signIn->signedIn())
                openLater(shell, routes::staff);
        },
    });
    const auto guarded = [shell, staff, signIn] {
        if (!signIn->signedIn()) {
            openLater(shell, routes::staffSignIn);
            return;
        }
        signIn->touch();
        staff->refresh();
    };
    router.addPage(routes::staff, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Staff/StaffPage.qml")),
        .properties = {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                       {QStringLiteral("staff"), QVariant::fromValue(staff)},
                       {QStringLiteral("signIn"), QVariant::fromValue(signIn)}},
        .entered = guarded,
    });
    router.addPage(routes::staffSalvage, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Staff/SalvageReportPage.qml")),
        .properties = {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                       {QStringLiteral("staff"), QVariant::fromValue(staff)}},
        .entered = guarded,
    });
    QObject::connect(staff, &StaffController::salvageReportRequested, shell,
                     [shell] { shell->open(routes::staffSalvage); });
    QObject::connect(signIn, &StaffSignInController::signedInNow, shell, [shell] { shell->open(routes::staff); });
    // Signed out, or idle too long: the staff pages give way to the sign-in.
    QObject::connect(signIn, &StaffSignInController::sessionChanged, shell, [&router, shell, staff, signIn] {
        staff->sessionChanged();
        if (!signIn->signedIn() && isSignedInRoute(router.route()))
            shell->open(routes::staffSignIn);
    });
    router.addPart(QStringLiteral("topBarStatus"), QUrl(QStringLiteral("qrc:/BranchSuite/Staff/SyncBadge.qml")),
                   {{QStringLiteral("shell"), QVariant::fromValue(shell)}});
}

void addAuthorizationPart(Router &router, ShellController *shell, AuthorizationController *authorization,
                          FormController *flow)
{
    router.addPart(QStringLiteral("flowAuthorize"), QUrl(QStringLiteral("qrc:/BranchSuite/Staff/AuthorizeView.qml")),
                   {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                    {QStringLiteral("authorization"), QVariant::fromValue(authorization)},
                    {QStringLiteral("flow"), QVariant::fromValue(flow)}});
}

} // namespace branch
