#pragma once

// The backends GUI tests hand to the Kiosk: a clock that does not move (so
// dates on forms and receipts are what the test says), the deterministic
// reference bills, random keys, development secrets when the test gives a
// folder for them, and a simulated receipt printer that works (never the
// machine's CUPS: a test must not print on a real printer), and a voice that
// records what it would have said (never the machine's speech-dispatcher).

#include "Clock.h"
#include "CommandLine.h"
#include "FakeClock.h"
#include "KioskBackends.h"
#include "SimulatedPrinter.h"

#include <QDateTime>

#include <memory>

// `now` defaults to the moment the test starts, held still from then on.
inline branch::KioskBackends kioskTestBackends(const branch::KioskOptions &options,
                                               const QDateTime &now = QDateTime::currentDateTime())
{
    branch::KioskBackends backends = branch::KioskBackends::standard(options);
    backends.clock = std::make_unique<branch::test::FakeClock>(now);
    backends.printer = std::make_shared<branch::SimulatedPrinter>();
    backends.setSpeech(QStringLiteral("off"));
    return backends;
}
