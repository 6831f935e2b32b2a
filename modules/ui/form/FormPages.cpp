#include "FormPages.h"

#include "FormController.h"
#include "KioskSession.h"
#include "Router.h"
#include "ShellController.h"

namespace branch {

void addFormPages(Router &router, ShellController *shell, FormController *flow, KioskSession *session)
{
    router.addPage(routes::form, {
        .url = QUrl(QStringLiteral("qrc:/BranchSuite/Form/FlowPage.qml")),
        .properties = {{QStringLiteral("shell"), QVariant::fromValue(shell)},
                       {QStringLiteral("flow"), QVariant::fromValue(flow)},
                       {QStringLiteral("session"), QVariant::fromValue(session)}},
        // Back from the review keeps the form as it was; only a new start clears it.
        .entered = [flow] {
            if (flow->stage() == FormController::Stage::None)
                flow->start();
        },
    });
    QObject::connect(&router, &Router::pageChanged, flow, [&router, flow] {
        if (router.route() != routes::form && router.route() != routes::service)
            flow->clear();
    });
}

} // namespace branch
