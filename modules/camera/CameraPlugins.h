#pragma once

#include "FrameGrabber.h"

#include <QStringList>

namespace branch {

// Finds and loads the videoio camera plugin once per process and keeps it
// loaded. Looked for in $BRANCH_PLUGIN_PATH (colon-separated), next to the
// program (../lib/branchsuite, the build tree's layout) and in the installed
// plugin folder. Fails with camera_backend_missing when none loads.
class CameraPlugins
{
public:
    static Result<CameraBackend *> backend();
    static QStringList searchPath();
    static constexpr const char *kFileName = "libbranch_camera_videoio.so";
};

} // namespace branch
