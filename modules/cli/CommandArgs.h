#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace branch {

// A sub-command's own arguments: flags (--json), options with a value
// ("--data FILE" or "--data=FILE") and positionals. "--" ends the options,
// so a positional may start with '-'.
struct CommandArgs
{
    QStringList positional;
    QSet<QString> flags;
    QHash<QString, QString> values;
    QString error;  // "" or unknown_option / missing_option_value
    QString culprit; // the option at fault; an option name, never a value

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &option) const { return values.value(option); }

    static CommandArgs parse(const QStringList &args, const QStringList &knownFlags,
                             const QStringList &knownValueOptions);
};

} // namespace branch
