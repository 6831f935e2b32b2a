#include "RandomSource.h"

#include <limits>

namespace branch {

RandomSource::~RandomSource() = default;

SeededRandom::SeededRandom(quint32 seed)
    : m_generator(seed)
{
}

SeededRandom::SeededRandom()
    : m_generator(QRandomGenerator::system()->generate())
{
}

quint64 SeededRandom::upTo(quint64 upper)
{
    if (upper == 0)
        return 0;
    if (upper == std::numeric_limits<quint64>::max())
        return m_generator.generate64();
    return m_generator.bounded(upper + 1);
}

} // namespace branch
