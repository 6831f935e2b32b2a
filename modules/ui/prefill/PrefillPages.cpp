#include "PrefillPages.h"

#include "PrefillScanController.h"
#include "Router.h"
#include "ShellController.h"

namespace branch {

void addPrefillPages(Router &router, ShellController *shell, PrefillScanController *scan)
{
    router.addPage(routes::scanPrefill, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Prefill/PrefillScanPage.qml")),
        .properties = {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                       {QStringLiteral("scan"), QVariant::fromValue(scan)}},
        .entered = [scan] { scan->start(); },
    });
    QObject::connect(&router, &Router::pageChanged, scan, [&router, scan] {
        if (router.route() != routes::scanPrefill)
            scan->stop();
    });
}

} // namespace branch
