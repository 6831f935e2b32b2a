#include "Branchctl.h"
#include "Clock.h"
#include "Command.h"
#include "LanguageOption.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("branchctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRANCH_VERSION));

    // stderr belongs to the command's own diagnostics, which scripts read;
    // the modules' progress lines would bury them. QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false\nbranch.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    const branch::LanguageChoice choice = branch::takeLanguageOption(
        args, qEnvironmentVariable("LANG"), branch::Translations::supportedLanguages());
    branch::Translations translations;
    if (!choice.reason.isEmpty()) {
        translations.setLanguage(branch::Translations::defaultLanguage());
        return branch::reportUsageError(err, choice.reason, choice.message);
    }
    // A missing catalogue leaves the English source strings, which is still usable.
    translations.setLanguage(choice.language);

    const branch::SystemClock clock;
    const auto dispatcher = branch::makeBranchctl(clock, QCoreApplication::applicationVersion());
    return dispatcher->run(args, out, err);
}
