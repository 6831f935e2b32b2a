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
    router.addPart(QStringLiteral("topBarStatus"), QUrl(QStringLiteral("qrc:/BranchSuite/Staff/SyncBadge.qml")),
                   {{QStringLiteral("shell"), QVariant::fromValue(shell)}});
}

} // namespace branch
