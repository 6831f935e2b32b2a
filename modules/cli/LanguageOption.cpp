#include "LanguageOption.h"

namespace branch {
namespace {

// "zh_CN.UTF-8@x" -> "zh_CN"; then an exact match, then a language-only match.
QString matchLocale(const QString &name, const QStringList &supported)
{
    QString base = name.section(u'.', 0, 0).section(u'@', 0, 0);
    if (base.isEmpty())
        return {};
    if (supported.contains(base))
        return base;
    const QString language = base.section(u'_', 0, 0);
    for (const QString &code : supported) {
        if (code.section(u'_', 0, 0) == language)
            return code;
    }
    return {};
}

} // namespace

LanguageChoice takeLanguageOption(QStringList &args, const QString &langEnv,
                                  const QStringList &supported)
{
    QString requested;
    bool given = false;
    bool missingValue = false;
    for (qsizetype i = 0; i < args.size();) {
        const QString arg = args.at(i);
        if (arg == u"--")
            break;
        if (arg == u"--lang") {
            given = true;
            if (i + 1 < args.size()) {
                requested = args.at(i + 1);
                args.remove(i, 2);
            } else {
                missingValue = true;
                args.remove(i);
            }
        } else if (arg.startsWith(u"--lang=")) {
            given = true;
            requested = arg.sliced(7);
            args.remove(i);
        } else {
            ++i;
        }
    }

    if (given) {
        if (missingValue || !supported.contains(requested))
            return {{}, QStringLiteral("unsupported_language"),
                    QCoreApplication::translate("branch::LanguageOption",
                                                "Unsupported language. Use --lang %1.")
                        .arg(supported.join(u'|'))};
        return {requested, {}, {}};
    }
    const QString fromEnv = matchLocale(langEnv, supported);
    return {fromEnv.isEmpty() ? supported.value(0) : fromEnv, {}, {}};
}

} // namespace branch
