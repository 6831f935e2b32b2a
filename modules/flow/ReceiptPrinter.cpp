#include "ReceiptPrinter.h"

namespace branch {

ReceiptPrinter::~ReceiptPrinter() = default;

} // namespace branch
