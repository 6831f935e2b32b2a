#include "CoreStore.h"

namespace branch {
CoreStore::~CoreStore() = default;
} // namespace branch
