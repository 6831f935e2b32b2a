#pragma once

namespace branch {

class FraudController;
class Router;

// The warning fills the form flow's "flowGuard" slot (FlowPage.qml).
void addFraudPages(Router &router, FraudController *fraud);

} // namespace branch
