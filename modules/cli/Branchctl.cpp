#include "Branchctl.h"

#include "AuditCommand.h"
#include "CatalogCommand.h"
#include "DeviceCommand.h"
#include "FormCommand.h"
#include "KeysCommand.h"
#include "OutboxCommand.h"
#include "PrefillCommand.h"
#include "QrCommand.h"
#include "StoreCommand.h"
#include "SubmitCommand.h"
#include "SyncCommand.h"
#include "ValidateCommand.h"

namespace branch {

std::unique_ptr<Dispatcher> makeBranchctl(const Clock &clock, const QString &version)
{
    auto dispatcher = std::make_unique<Dispatcher>(version);
    dispatcher->addCommand(std::make_unique<ValidateCommand>(clock));
    dispatcher->addCommand(std::make_unique<CatalogCommand>());
    dispatcher->addCommand(std::make_unique<FormCommand>(clock));
    dispatcher->addCommand(std::make_unique<SubmitCommand>(clock));
    dispatcher->addCommand(std::make_unique<AuditCommand>(clock));
    dispatcher->addCommand(std::make_unique<KeysCommand>(clock));
    dispatcher->addCommand(std::make_unique<SyncCommand>(clock));
    dispatcher->addCommand(std::make_unique<OutboxCommand>(clock));
    dispatcher->addCommand(std::make_unique<QrCommand>());
    dispatcher->addCommand(std::make_unique<PrefillCommand>(clock));
    dispatcher->addCommand(std::make_unique<DeviceCommand>(clock));
    dispatcher->addCommand(std::make_unique<StoreCommand>());
    return dispatcher;
}

} // namespace branch
