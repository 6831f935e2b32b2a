#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;

// branchctl form validate ID --data FILE.json [--json]
//
// Checks a file of answers ({"field_id": value, ...}) against the service's
// form with the kiosk's own FormValidator. --json prints one line,
//   {"service":..,"valid":bool,"errors":[{"field":..,"reason":..,"message":..,"warning":bool}]}
// Exit 0 valid, 1 invalid (also a file that is not a JSON object), 4 only
// warnings, 2 usage error (also an unknown id or an unreadable file).
class FormCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::FormCommand)
public:
    explicit FormCommand(const Clock &clock);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    const Clock &m_clock;
};

} // namespace branch
