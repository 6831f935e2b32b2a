#include "CardReader.h"

namespace branch {
CardReader::~CardReader() = default;
} // namespace branch
