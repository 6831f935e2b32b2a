#include "FraudPages.h"

#include "FraudController.h"
#include "Router.h"

namespace branch {

void addFraudPages(Router &router, FraudController *fraud)
{
    router.addPart(QStringLiteral("flowGuard"), QUrl(QStringLiteral("qrc:/BranchSuite/Fraud/FraudWarning.qml")),
                   {{QStringLiteral("fraud"), QVariant::fromValue(fraud)}});
}

} // namespace branch
