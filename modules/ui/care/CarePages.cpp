#include "CarePages.h"

#include "CareHomeModel.h"
#include "Router.h"
#include "ShellController.h"

namespace branch {

void addCarePages(Router &router, ShellController *shell, CareHomeModel *home)
{
    router.addPart(QStringLiteral("homeCare"), QUrl(QStringLiteral("qrc:/BranchSuite/Care/CareHome.qml")),
                   {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                    {QStringLiteral("tiles"), QVariant::fromValue(home)}});
}

} // namespace branch
