#include "CatalogCommand.h"

#include "Catalog.h"
#include "CatalogLoader.h"
#include "CommandArgs.h"
#include "EmbeddedCatalog.h"
#include "JsonLine.h"
#include "ServiceSearch.h"

#include <QFileInfo>

namespace branch {
namespace {

QString kindName(ServiceKind kind)
{
    return kind == ServiceKind::Action ? QStringLiteral("action") : QStringLiteral("service");
}

QString serviceJson(const ServiceDefinition &service)
{
    return QStringLiteral("{\"id\":") + jsonQuoted(service.id) + QStringLiteral(",\"kind\":")
        + jsonQuoted(kindName(service.kind)) + QStringLiteral(",\"category\":") + jsonQuoted(service.category)
        + QStringLiteral(",\"name\":{\"zh\":") + jsonQuoted(service.name.zh) + QStringLiteral(",\"en\":")
        + jsonQuoted(service.name.en) + QStringLiteral("}}");
}

int argumentError(QTextStream &err, const CommandArgs &parsed)
{
    return reportUsageError(err, parsed.error,
                            CatalogCommand::tr("Unknown or incomplete option %1. Run \"branchctl help catalog\".")
                                .arg(parsed.culprit));
}

} // namespace

QString CatalogCommand::name() const
{
    return QStringLiteral("catalog");
}

QString CatalogCommand::summary() const
{
    return tr("List, search or check the catalog of services");
}

QString CatalogCommand::usage() const
{
    return tr("Usage: branchctl catalog list [--json]\n"
              "       branchctl catalog search <text> [--limit N] [--json]\n"
              "       branchctl catalog check <directory>\n"
              "\n"
              "  list    print every built-in service: id, kind, category and name\n"
              "          --json  one line: {\"services\":[{\"id\":...,\"kind\":...,\"category\":...,\"name\":{...}}]}\n"
              "  search  find services as the kiosk's search box does, best first\n"
              "          --limit  at most N results, 1 to 20 (default 5)\n"
              "          --json   one line: {\"results\":[{\"id\":...,\"score\":...}]}\n"
              "  check   load <directory> (categories.json and services/) as the kiosk does,\n"
              "          and print each problem as \"file: path: reason\"\n"
              "\n"
              "Exit codes: 0 done (check: every file loads), 1 a file is refused or the text\n"
              "cannot be searched, 2 usage error.");
}

int CatalogCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return reportUsageError(err, QStringLiteral("missing_subcommand"),
                                tr("Missing the sub-command: list, search or check."));
    const QString sub = args.constFirst();
    if (sub == u"list")
        return list(args.mid(1), out, err);
    if (sub == u"search")
        return search(args.mid(1), out, err);
    if (sub == u"check")
        return check(args.mid(1), out, err);
    return reportUsageError(err, QStringLiteral("unknown_subcommand"),
                            tr("Unknown sub-command. Use list, search or check."));
}

int CatalogCommand::list(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed = CommandArgs::parse(args, {QStringLiteral("--json")}, {});
    if (!parsed.error.isEmpty())
        return argumentError(err, parsed);
    if (!parsed.positional.isEmpty())
        return reportUsageError(err, QStringLiteral("too_many_arguments"), tr("\"catalog list\" takes no arguments."));
    const QList<ServiceDefinition> services = embeddedCatalog().services();
    if (parsed.has(QStringLiteral("--json"))) {
        QStringList items;
        for (const ServiceDefinition &service : services)
            items << serviceJson(service);
        out << QStringLiteral("{\"services\":[") << items.join(u',') << QStringLiteral("]}\n");
    } else {
        for (const ServiceDefinition &service : services) {
            out << service.id << '\t' << kindName(service.kind) << '\t' << service.category << '\t'
                << service.name.text() << '\n';
        }
    }
    out.flush();
    return ExitSuccess;
}

int CatalogCommand::search(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed =
        CommandArgs::parse(args, {QStringLiteral("--json")}, {QStringLiteral("--limit")});
    if (!parsed.error.isEmpty())
        return argumentError(err, parsed);
    if (parsed.positional.isEmpty())
        return reportUsageError(err, QStringLiteral("missing_text"), tr("Missing the text to search for."));
    if (parsed.positional.size() > 1)
        return reportUsageError(err, QStringLiteral("too_many_arguments"),
                                tr("Give the search text as one argument, in quotes."));
    int limit = ServiceSearch::kDefaultLimit;
    if (parsed.values.contains(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = parsed.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 20)
            return reportUsageError(err, QStringLiteral("invalid_limit"),
                                    tr("The limit must be a whole number from 1 to 20."));
    }

    // Built once per process: the index over the embedded catalog is the same
    // one the kiosk builds at start-up.
    static const ServiceSearch engine(embeddedCatalog());
    const SearchResult result = engine.search(parsed.positional.constFirst(), limit);
    if (!result.ok()) {
        err << QStringLiteral("branchctl: ") << result.message() << QStringLiteral(" (") << result.reason
            << QStringLiteral(")\n");
        err.flush();
        return ExitInvalid;
    }
    if (parsed.has(QStringLiteral("--json"))) {
        QStringList items;
        for (const SearchHit &hit : result.hits) {
            items << QStringLiteral("{\"id\":") + jsonQuoted(hit.id) + QStringLiteral(",\"score\":")
                    + QString::number(hit.score, 'f', 4) + u'}';
        }
        out << QStringLiteral("{\"results\":[") << items.join(u',') << QStringLiteral("]}\n");
    } else {
        const Catalog &catalog = embeddedCatalog();
        for (const SearchHit &hit : result.hits) {
            const ServiceDefinition *service = catalog.service(hit.id);
            out << hit.id << '\t' << QString::number(hit.score, 'f', 4) << '\t'
                << (service ? service->name.text() : QString()) << '\n';
        }
    }
    out.flush();
    return ExitSuccess;
}

int CatalogCommand::check(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed = CommandArgs::parse(args, {}, {});
    if (!parsed.error.isEmpty())
        return argumentError(err, parsed);
    if (parsed.positional.isEmpty())
        return reportUsageError(err, QStringLiteral("missing_directory"), tr("Missing the catalog directory."));
    if (parsed.positional.size() > 1)
        return reportUsageError(err, QStringLiteral("too_many_arguments"), tr("Give exactly one catalog directory."));
    const QString directory = parsed.positional.constFirst();
    if (!QFileInfo(directory).isDir())
        return reportUsageError(err, QStringLiteral("not_a_directory"), tr("The catalog directory does not exist."));

    const CatalogLoadResult result = CatalogLoader::loadDirectory(directory);
    for (const QString &line : issueLines(result.issues))
        out << line << '\n';
    out << tr("%n service(s) loaded", nullptr, int(result.catalog.size())) << ", "
        << tr("%n file(s) refused", nullptr, result.filesRefused) << '\n';
    out.flush();
    return result.ok() ? ExitSuccess : ExitInvalid;
}

} // namespace branch
