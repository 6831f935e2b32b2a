#pragma once

#include "Dispatcher.h"

#include <memory>

namespace branch {

class Clock;

// The dispatcher with every branchctl command registered. main.cpp and the
// tests build it the same way; tests pass a fixed clock. `clock` must outlive it.
std::unique_ptr<Dispatcher> makeBranchctl(const Clock &clock, const QString &version);

} // namespace branch
