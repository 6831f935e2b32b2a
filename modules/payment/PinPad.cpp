#include "PinPad.h"

namespace branch {
PinPad::~PinPad() = default;
} // namespace branch
