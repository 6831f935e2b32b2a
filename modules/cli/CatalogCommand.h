#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

// branchctl catalog list [--json]
// branchctl catalog search TEXT [--limit N] [--json]
// branchctl catalog check DIR
//
// `list` prints the built-in catalog's services; --json prints one line,
//   {"services":[{"id":..,"kind":"service|action","category":..,"name":{"zh":..,"en":..}},...]}
// `search` ranks services as the kiosk's search box does; --json prints
//   {"results":[{"id":..,"score":..},...]}, best first.
// `check` loads DIR the way the kiosk loads a catalog and prints every
// problem as "file: path: reason"; exit 0 when every file loads, 1 when any
// is refused, 2 for a usage error.
class CatalogCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::CatalogCommand)
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    int list(const QStringList &args, QTextStream &out, QTextStream &err);
    int search(const QStringList &args, QTextStream &out, QTextStream &err);
    int check(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace branch
