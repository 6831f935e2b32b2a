#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace branch {

struct LanguageChoice
{
    QString language; // one of the supported codes; empty only with an error
    QString reason;   // "" or a snake_case usage error code
    QString message;  // translated, when reason is set
};

// Removes "--lang X" / "--lang=X" from `args` (before any "--") and picks the
// language: the option if given, else the LANG value ("en_US.UTF-8" -> "en"),
// else the first supported code. An unsupported --lang value is a usage error;
// an unsupported LANG silently falls back, as a kiosk shell's LANG is rarely ours.
LanguageChoice takeLanguageOption(QStringList &args, const QString &langEnv,
                                  const QStringList &supported);

} // namespace branch
