#pragma once

#include <QString>
#include <QStringView>

namespace branch {

// A form of an identifier that is safe to show on a receipt, a screen someone
// else may see, or in command output: at most the first 3 and last 4
// characters stay, the middle becomes a fixed "****" so the length leaks
// nothing either. Short values (under 8 characters) are masked entirely.
// Never put even the masked form in a log line: logs need no identifiers.
QString maskIdentifier(QStringView text);

} // namespace branch
