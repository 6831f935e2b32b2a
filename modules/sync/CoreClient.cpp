#include "CoreClient.h"

namespace branch {

CoreClient::~CoreClient() = default;

} // namespace branch
