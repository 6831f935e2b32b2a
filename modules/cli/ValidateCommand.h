#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;

// branchctl validate KIND VALUE [--json]
//
// KIND is id, uscc, card, mobile, passport, foreign_prid or hmt_permit. Exit 0 valid, 1 invalid, 4 warning, 2 for a
// usage error. --json prints exactly one line,
//   {"kind":"id","status":"valid|invalid|warning","reason":"..."}
// where reason is "ok" for a valid value. The value itself is never printed,
// only its masked form in human output. A value starting with '-' goes after "--".
class ValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::ValidateCommand)
public:
    explicit ValidateCommand(const Clock &clock);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    const Clock &m_clock;
};

} // namespace branch
