#include "CatalogPages.h"

#include "FormController.h"
#include "Router.h"
#include "ShellController.h"

namespace branch {

void addCatalogPages(Router &router, ShellController *shell, FormController *flow)
{
    const QVariantMap shellOnly{{QStringLiteral("shell"), QVariant::fromValue(shell)}};
    router.addPage(routes::home, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Catalog/HomePage.qml")),
        .properties = shellOnly,
        .entered = {},
    });
    router.addPage(routes::category, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Catalog/CategoryPage.qml")),
        .properties = shellOnly,
        .entered = {},
    });
    router.addPage(routes::service, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Catalog/ServiceDetailPage.qml")),
        .properties = {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                       {QStringLiteral("flow"), QVariant::fromValue(flow)}},
        .entered = [shell, flow] { flow->showService(shell->serviceId()); },
    });
}

} // namespace branch
