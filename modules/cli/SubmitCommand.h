#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;

// branchctl submit ID --data FILE.json [--database PATH] [--kiosk-code CODE]
//                     [--accept-warnings] [--json]
//
// Checks the answers with the kiosk's FormValidator, works out the amount
// from the service's fee rule, and stores the submission, its outbox entry
// and its audit row in one transaction through modules/flow's
// SubmissionService: the kiosk's own submission, not a copy of it. Prints
// the receipt number (--json: {"service":..,"receipt":..}). Invalid answers
// are reported like "form validate" and nothing is written. Answers with only
// warnings (an unusual card number) are stored only with --accept-warnings,
// the command-line form of the customer's confirmation.
//
// Exit 0 stored, 1 invalid, 4 warnings not accepted, 2 usage, 3 the store failed.
class SubmitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::SubmitCommand)
public:
    explicit SubmitCommand(const Clock &clock);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    const Clock &m_clock;
};

} // namespace branch
