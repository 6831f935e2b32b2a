#pragma once

// The backends GUI tests hand to the Kiosk: a clock that does not move (so
// dates on forms and receipts are what the test says), the deterministic
// reference bills, random keys, development secrets when the test gives a
// folder for them.

#include "Clock.h"
#include "CommandLine.h"
#include "KioskBackends.h"

#include <QDateTime>

#include <memory>

class FixedKioskClock final : public branch::Clock
{
public:
    explicit FixedKioskClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

// `now` defaults to the moment the test starts, held still from then on.
inline branch::KioskBackends kioskTestBackends(const branch::KioskOptions &options,
                                               const QDateTime &now = QDateTime::currentDateTime())
{
    branch::KioskBackends backends = branch::KioskBackends::standard(options);
    backends.clock = std::make_unique<FixedKioskClock>(now);
    return backends;
}
