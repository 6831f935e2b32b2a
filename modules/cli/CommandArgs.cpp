#include "CommandArgs.h"

namespace branch {

CommandArgs CommandArgs::parse(const QStringList &args, const QStringList &knownFlags,
                               const QStringList &knownValueOptions)
{
    CommandArgs parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(u'-') || arg.size() == 1) {
            parsed.positional << arg;
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        const qsizetype equals = arg.indexOf(u'=');
        const QString name = equals < 0 ? arg : arg.left(equals);
        if (knownFlags.contains(name) && equals < 0) {
            parsed.flags.insert(name);
        } else if (knownValueOptions.contains(name)) {
            if (equals >= 0) {
                parsed.values.insert(name, arg.mid(equals + 1));
            } else if (i + 1 < args.size()) {
                parsed.values.insert(name, args.at(++i));
            } else if (parsed.error.isEmpty()) {
                parsed.error = QStringLiteral("missing_option_value");
                parsed.culprit = name;
            }
        } else if (parsed.error.isEmpty()) {
            parsed.error = QStringLiteral("unknown_option");
            parsed.culprit = name;
        }
    }
    return parsed;
}

} // namespace branch
