#include "KioskPayments.h"

#include "HttpsCoreClient.h"
#include "PaymentQueue.h"
#include "UiLog.h"

namespace branch {

std::unique_ptr<PaymentQueue> startPayments(const KioskPaymentSetup &setup)
{
    if (!setup.reader || !setup.pad || !setup.core.enrolled()) {
        qCInfo(lcUi) << "card payments: off (no card devices or the kiosk is not enrolled)";
        return nullptr;
    }
    PaymentQueueOptions options;
    options.databasePath = setup.core.databasePath;
    options.reader = setup.reader;
    options.pad = setup.pad;
    options.clock = setup.clock;
    // Called once, on the worker thread; the secrets go as soon as the client has them.
    auto held = std::make_shared<KioskPaymentSetup>(setup);
    options.gateway = [held]() -> std::unique_ptr<PaymentGateway> {
        return connectEnrolled(held->core, "card payments:");
    };
    auto queue = std::make_unique<PaymentQueue>(options);
    queue->start();
    return queue;
}

} // namespace branch
