#include "Branchctl.h"

#include "CatalogCommand.h"
#include "FormCommand.h"
#include "SubmitCommand.h"
#include "ValidateCommand.h"

namespace branch {

std::unique_ptr<Dispatcher> makeBranchctl(const Clock &clock, const QString &version)
{
    auto dispatcher = std::make_unique<Dispatcher>(version);
    dispatcher->addCommand(std::make_unique<ValidateCommand>(clock));
    dispatcher->addCommand(std::make_unique<CatalogCommand>());
    dispatcher->addCommand(std::make_unique<FormCommand>(clock));
    dispatcher->addCommand(std::make_unique<SubmitCommand>(clock));
    return dispatcher;
}

} // namespace branch
