#include "StoreCommand.h"

#include "CommandArgs.h"
#include "Database.h"
#include "DatabasePath.h"
#include "Masking.h"
#include "SalvageReport.h"
#include "StoreAccess.h"
#include "SyncCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace branch {

QString StoreCommand::name() const
{
    return QStringLiteral("store");
}

QString StoreCommand::summary() const
{
    return tr("Show what was saved from a damaged local database");
}

QString StoreCommand::usage() const
{
    return tr("Usage: branchctl store salvage-report [--database <path>] [--json]\n"
              "\n"
              "  salvage-report  after a damaged database was set aside: what was saved into the new one,\n"
              "                  what was lost, and where receipt numbers continue. Only reads.\n"
              "  --database      the kiosk database (default: %1)\n"
              "  --json          one line per report, newest first\n"
              "\n"
              "Exit codes: 0 done, 2 usage error, 3 the database could not be read.")
        .arg(kioskDatabasePath());
}

QString StoreCommand::reportJson(const SalvageReport &r)
{
    QJsonArray items;
    for (const SalvageItem &i : r.items)
        items.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                 {QStringLiteral("saved"), i.saved},
                                 {QStringLiteral("lost"), i.lost}});
    QJsonArray receipts;
    for (const QString &number : r.lostReceipts)
        receipts.append(maskIdentifier(number));
    const QJsonObject o{{QStringLiteral("id"), r.id},
                        {QStringLiteral("createdAt"), r.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("quarantine"), r.quarantinePath},
                        {QStringLiteral("method"), r.method},
                        {QStringLiteral("outcome"), r.outcome},
                        {QStringLiteral("damage"), r.damage},
                        {QStringLiteral("receiptEpoch"), r.receiptEpoch ? QJsonValue(*r.receiptEpoch) : QJsonValue()},
                        {QStringLiteral("firstSequence"), r.firstSequence()},
                        {QStringLiteral("audited"), r.audited},
                        {QStringLiteral("items"), items},
                        {QStringLiteral("lostReceipts"), receipts}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString StoreCommand::reportText(const SalvageReport &r)
{
    QStringList lines;
    lines.append(tr("Salvage %1, %2").arg(r.id).arg(r.createdAt.toUTC().toString(Qt::ISODate)));
    lines.append(SalvageReport::outcomeText(r.outcome));
    lines.append(tr("Damaged database kept at: %1").arg(r.quarantinePath));
    for (const SalvageItem &i : r.items) {
        if (i.saved > 0 || i.lost > 0)
            lines.append(tr("%1: %2 saved, %3 lost").arg(SalvageReport::kindName(i.kind)).arg(i.saved).arg(i.lost));
    }
    if (!r.firstSequence().isEmpty())
        lines.append(tr("Receipt numbers continue from %1 each day, so none is issued twice.").arg(r.firstSequence()));
    for (const QString &number : r.lostReceipts)
        lines.append(tr("Receipt %1: the request was lost; follow it up with the customer.").arg(maskIdentifier(number)));
    // The first line heads the report; the rest are indented under it.
    return lines.join(QStringLiteral("\n  ")) + u'\n';
}

int StoreCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed = CommandArgs::parse(args, {QStringLiteral("--json")}, {QStringLiteral("--database")});
    if (!parsed.error.isEmpty())
        return reportUsageError(err, parsed.error,
                                tr("Unknown or incomplete option %1. Run \"branchctl help store\".").arg(parsed.culprit));
    if (parsed.positional != QStringList{QStringLiteral("salvage-report")})
        return reportUsageError(err, QStringLiteral("unknown_action"), tr("The only action is \"salvage-report\"."));

    Database db;
    if (const int rc = StoreAccess::openForReading(StoreAccess::path(parsed), db, err); rc != ExitSuccess)
        return rc;
    const auto reports = SalvageReports::list(db.connection());
    if (!reports.ok())
        return reportStoreFailure(err, reports.error);
    if (const int rc = StoreAccess::confirmRead(db, err); rc != ExitSuccess)
        return rc;
    const bool json = parsed.has(QStringLiteral("--json"));
    if (reports.value.isEmpty() && !json)
        out << tr("No damaged database has been set aside here.") << '\n';
    for (const SalvageReport &r : reports.value)
        out << (json ? reportJson(r) + u'\n' : reportText(r));
    out.flush();
    return ExitSuccess;
}

} // namespace branch
