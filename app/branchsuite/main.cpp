// The kiosk: parse the command line, assemble the shell, run.

#include "CommandLine.h"
#include "Kiosk.h"
#include "KioskBackends.h"
#include "KioskQmlPlugins.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QQuickWindow>

#include <cstdio>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

// The kiosk holds customers' personal data in memory: a core file or a
// debugger attach must not be able to take it away.
void disableCoreDumps()
{
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

void printTo(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();

    // The on-screen keyboard (search box, pinyin) is Qt Virtual Keyboard; the
    // platform input context is chosen when the application is created. Its
    // panel lives in the kiosk's window, never in a window of its own (which
    // would take the focus away from the field being typed into).
    qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", QByteArrayLiteral("1"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("BranchSuite"));
    QGuiApplication::setApplicationName(QStringLiteral("branchsuite"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BRANCH_VERSION));

    const branch::CommandLine cli = branch::CommandLine::parse(QGuiApplication::arguments());
    switch (cli.status()) {
    case branch::CommandLine::Status::Ok:
        break;
    case branch::CommandLine::Status::HelpRequested:
        printTo(stdout, cli.helpText());
        return 0;
    case branch::CommandLine::Status::VersionRequested:
        printTo(stdout, QGuiApplication::applicationName() + u' ' + QGuiApplication::applicationVersion());
        return 0;
    case branch::CommandLine::Status::Error: {
        branch::Translations translations;
        translations.setLanguage(cli.options().language.isEmpty()
                                     ? branch::Translations::defaultLanguage()
                                     : cli.options().language);
        printTo(stderr, cli.message());
        return branch::CommandLine::kExitUsage;
    }
    }

    // The real backends: system clock, keychain, the built-in reference bills.
    branch::Kiosk kiosk(cli.options(), branch::KioskBackends::standard(cli.options()));
    if (!kiosk.load()) {
        printTo(stderr, kiosk.errorMessage());
        return 1;
    }

    if (cli.options().exitAfterFirstFrame) {
        // frameSwapped may come from the render thread: exit through the
        // event loop of the main thread.
        QObject::connect(kiosk.window(), &QQuickWindow::frameSwapped, &app,
                         [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    }
    return QGuiApplication::exec();
}
