#pragma once

#include "Printer.h"

#include <QMutex>
#include <QStringList>

#include <optional>

namespace branch {

// A receipt printer for demos and tests (`branchsuite --printer-simulator`):
// it takes a PDF, waits as a printer would, and can be told to be out of
// paper, offline, paused or failing, from any thread, at any time.
class SimulatedPrinter final : public Printer
{
public:
    enum class Condition { Ready, OutOfPaper, Offline, Paused, Failing };

    explicit SimulatedPrinter(Condition condition = Condition::Ready, int printMs = 0);

    Result<PrintedJob> print(const PrintJob &job, const Progress &progress = {}) override;

    void setCondition(Condition condition);
    Condition condition() const;
    // The titles of the jobs it printed, in order.
    QStringList printed() const;
    // Jobs it was given, printed or not.
    int attempts() const;

    // "ready", "out-of-paper", "offline", "paused", "failing".
    static std::optional<Condition> parse(const QString &name);
    static QStringList names();

private:
    mutable QMutex m_mutex;
    Condition m_condition;
    int m_printMs;
    QStringList m_printed;
    int m_attempts = 0;
};

} // namespace branch
