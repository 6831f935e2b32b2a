#include "DirectorySync.h"

#include "StoreLogging.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace branch {

void syncDirectory(const QString &dir, const char *what)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    if (::fsync(fd) != 0)
        qCWarning(lcStore) << "fsync of directory failed after" << what;
    ::close(fd);
#else
    Q_UNUSED(dir)
    Q_UNUSED(what)
#endif
}

} // namespace branch
