#include "CameraPlugins.h"

#include "CameraLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPluginLoader>

namespace branch {

QStringList CameraPlugins::searchPath()
{
    QStringList dirs = qEnvironmentVariable("BRANCH_PLUGIN_PATH").split(u':', Qt::SkipEmptyParts);
    if (QCoreApplication::instance())
        dirs << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../lib/branchsuite"));
    dirs << QStringLiteral(BRANCH_PLUGIN_INSTALL_DIR);
    return dirs;
}

Result<CameraBackend *> CameraPlugins::backend()
{
    static QMutex mutex;
    static CameraBackend *loaded = nullptr;
    const QMutexLocker lock(&mutex);
    if (loaded)
        return loaded;
    QStringList errors;
    for (const QString &dir : searchPath()) {
        const QString path = QDir(dir).filePath(QLatin1String(kFileName));
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: OpenCV's libraries keep threads and static state.
        auto *loader = new QPluginLoader(path);
        loader->setLoadHints(QLibrary::PreventUnloadHint);
        if (auto *backend = qobject_cast<CameraBackend *>(loader->instance())) {
            qCInfo(lcCamera) << "camera backend loaded from" << QDir::cleanPath(path);
            loaded = backend;
            return loaded;
        }
        errors << loader->errorString();
        delete loader;
    }
    qCWarning(lcCamera) << "no camera backend:" << errors;
    return fail(QStringLiteral("camera_backend_missing"), QLatin1String(kFileName));
}

} // namespace branch
