#include "StaffPages.h"

#include "Router.h"
#include "ShellController.h"
#include "StaffController.h"

namespace branch {

void addStaffPages(Router &router, ShellController *shell, StaffController *staff)
{
    router.addPage(routes::staff, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Staff/StaffPage.qml")),
        .properties = {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                       {QStringLiteral("staff"), QVariant::fromValue(staff)}},
        .entered = [staff] { staff->refresh(); },
    });
    router.addPage(routes::staffSalvage, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Staff/SalvageReportPage.qml")),
        .properties = {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                       {QStringLiteral("staff"), QVariant::fromValue(staff)}},
        .entered = [staff] { staff->refresh(); },
    });
    QObject::connect(staff, &StaffController::salvageReportRequested, shell,
                     [shell] { shell->open(routes::staffSalvage); });
    // The staff number given on the page is for that visit to it only.
    QObject::connect(&router, &Router::pageChanged, staff, [&router, staff] {
        if (router.route() != routes::staff)
            staff->setStaffId({});
    });
    router.addPart(QStringLiteral("topBarStatus"), QUrl(QStringLiteral("qrc:/BranchSuite/Staff/SyncBadge.qml")),
                   {{QStringLiteral("shell"), QVariant::fromValue(shell)}});
}

} // namespace branch
