#pragma once

#include <QString>

namespace branch {

// fsync()s a folder, so renames and new files in it survive a power cut.
// `what` names the change in the warning logged when it fails.
void syncDirectory(const QString &dir, const char *what);

} // namespace branch
