#include "PaymentPages.h"

#include "FormController.h"
#include "PaymentController.h"
#include "Router.h"

namespace branch {

void addPaymentPages(Router &router, PaymentController *payment, FormController *flow)
{
    router.addPart(QStringLiteral("flowPay"), QUrl(QStringLiteral("qrc:/BranchSuite/Payment/PayView.qml")),
                   {{QStringLiteral("payment"), QVariant::fromValue(payment)},
                    {QStringLiteral("flow"), QVariant::fromValue(flow)}});
}

} // namespace branch
