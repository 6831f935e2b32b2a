#include "PrefillClient.h"

namespace branch {

PrefillClient::~PrefillClient() = default;

} // namespace branch
