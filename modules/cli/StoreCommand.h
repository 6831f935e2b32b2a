#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

struct SalvageReport;

// branchctl store salvage-report [--database PATH] [--json]
//
// What each salvage after a quarantine saved and lost (docs/store-recovery.md):
// where the damaged file was set aside, counts by kind of record, the
// (masked) receipt numbers whose request was lost, and where receipt numbers
// continue. Only reads the database. --json prints one line per report,
// newest first:
//   {"id":..,"createdAt":..,"quarantine":..,"method":..,"outcome":..,"damage":..,
//    "receiptEpoch":..,"firstSequence":..,"audited":..,"items":[{"kind":..,"saved":..,"lost":..}],
//    "lostReceipts":[..]}
// Exit 0 (also when there was no salvage), 2 usage, 3 the database could not be read.
class StoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::StoreCommand)
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    static QString reportJson(const SalvageReport &report);
    static QString reportText(const SalvageReport &report);
};

} // namespace branch
