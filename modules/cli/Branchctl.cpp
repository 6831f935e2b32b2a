#include "Branchctl.h"

#include "ValidateCommand.h"

namespace branch {

std::unique_ptr<Dispatcher> makeBranchctl(const Clock &clock, const QString &version)
{
    auto dispatcher = std::make_unique<Dispatcher>(version);
    dispatcher->addCommand(std::make_unique<ValidateCommand>(clock));
    return dispatcher;
}

} // namespace branch
