#include "IdCardReader.h"

namespace branch {

IdCardReader::~IdCardReader() = default;

} // namespace branch
