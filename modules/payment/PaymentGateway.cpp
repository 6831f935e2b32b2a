#include "PaymentGateway.h"

namespace branch {
PaymentGateway::~PaymentGateway() = default;
} // namespace branch
