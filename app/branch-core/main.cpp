#include "Clock.h"
#include "CoreCli.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Every file core makes (its database, WAL, exports) is the operator's alone.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("branch-core"));

    // An operator's terminal: follow its locale, English unless it is Chinese.
    branch::Translations translations;
    const bool chinese = QLocale::system().name().startsWith(QLatin1String("zh"));
    translations.setLanguage(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const branch::SystemClock clock;
    return branch::runBranchCore(QCoreApplication::arguments().mid(1), out, err, clock);
}
