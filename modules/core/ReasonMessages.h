#pragma once

#include <QString>
#include <QStringView>

namespace branch {

// The translated sentence for a reason code from ValidationResult or
// MoneyResult. Unknown codes get a generic sentence rather than the code itself.
QString reasonMessage(QStringView reason);

} // namespace branch
