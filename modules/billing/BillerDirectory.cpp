#include "BillerDirectory.h"

namespace branch {

BillerDirectory::~BillerDirectory() = default;

} // namespace branch
