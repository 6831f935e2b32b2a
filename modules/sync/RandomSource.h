#pragma once

#include <QRandomGenerator>

namespace branch {

// Where jitter comes from. Seeded in tests and in the fault runs, so a
// failing run can be replayed.
class RandomSource
{
public:
    virtual ~RandomSource();
    // Uniform in [0, upper]; 0 when upper is 0.
    virtual quint64 upTo(quint64 upper) = 0;
};

class SeededRandom final : public RandomSource
{
public:
    explicit SeededRandom(quint32 seed);
    // Seeded from the system generator.
    SeededRandom();
    quint64 upTo(quint64 upper) override;

private:
    QRandomGenerator m_generator;
};

} // namespace branch
