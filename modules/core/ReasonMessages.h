#pragma once

#include "IdentifierKind.h"

#include <QString>
#include <QStringView>

namespace branch {

// The translated sentence for a reason code from ValidationResult or
// MoneyResult. Unknown codes get a generic sentence rather than the code itself.
QString reasonMessage(QStringView reason);

// The sentence for a check of one kind of identifier, saying what is
// expected: "身份证号码应为18位，您输入了17位", which characters are allowed,
// how a permit number starts. Reasons without a wording of their own fall
// back to reasonMessage(). The kiosk, branchctl and the phone page all read
// their identifier messages here.
QString identifierMessage(IdentifierKind kind, const ValidationResult &result);

} // namespace branch
