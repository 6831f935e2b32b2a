#include "ReceiptDocument.h"

#include "Masking.h"

namespace branch {

void ReceiptDocument::addField(const QString &label, const QString &value)
{
    m_lines.append({label, value});
}

void ReceiptDocument::addPersonalField(const QString &label, QStringView value)
{
    m_lines.append({label, maskIdentifier(value)});
}

} // namespace branch
