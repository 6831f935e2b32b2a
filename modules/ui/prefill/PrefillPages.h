#pragma once

#include <QString>

namespace branch {

class PrefillScanController;
class Router;
class ShellController;

namespace routes {
inline const QString scanPrefill = QStringLiteral("scan_prefill");
} // namespace routes

// The scan screen, reached from its home tile ("scan_prefill"); the camera
// runs only while it is shown.
void addPrefillPages(Router &router, ShellController *shell, PrefillScanController *scan);

} // namespace branch
