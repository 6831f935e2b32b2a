#pragma once

namespace branch {

class FormController;
class PaymentController;
class Router;

// The pay step's view, in the form flow's "flowPay" slot: FlowPage shows it
// while the form is at its pay stage.
void addPaymentPages(Router &router, PaymentController *payment, FormController *flow);

} // namespace branch
