#include "Printer.h"

namespace branch {

Printer::~Printer() = default;

} // namespace branch
