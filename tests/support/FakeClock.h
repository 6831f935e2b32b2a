#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace branch::test {

// The one test clock: it says what the test set, and moves only when told,
// or by a fixed step at every reading (for rows that need distinct times).
class FakeClock final : public Clock
{
public:
    static QDateTime defaultStart() { return QDateTime(QDate(2025, 6, 15), QTime(9, 0), QTimeZone::utc()); }

    explicit FakeClock(const QDateTime &start = defaultStart(), qint64 stepMs = 0)
        : m_now(start)
        , m_stepMs(stepMs)
    {
    }

    QDateTime now() const override
    {
        const QDateTime reading = m_now;
        m_now = m_now.addMSecs(m_stepMs);
        return reading;
    }

    void set(const QDateTime &t) { m_now = t; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void setStep(qint64 ms) { m_stepMs = ms; }

private:
    mutable QDateTime m_now;
    qint64 m_stepMs = 0;
};

} // namespace branch::test
