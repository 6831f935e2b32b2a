#include "PaymentSimulator.h"

#include "SimulatedCardReader.h"
#include "SimulatedPinPad.h"
#include "TestCards.h"

namespace branch {

namespace {
constexpr int MaxPinDigits = 12; // ISO 9564: 4 to 12
}

PaymentSimulator::PaymentSimulator(std::shared_ptr<SimulatedCardReader> reader, std::shared_ptr<SimulatedPinPad> pad,
                                   QObject *parent)
    : QObject(parent), m_reader(std::move(reader)), m_pad(std::move(pad))
{
}

PaymentSimulator::~PaymentSimulator()
{
    m_digits.fill('\0');
}

QStringList PaymentSimulator::cards() const
{
    QStringList names;
    for (const TestCard &card : TestCards::all())
        names.append(card.name);
    return names;
}

bool PaymentSimulator::insert(const QString &card)
{
    const std::optional<TestCard> found = TestCards::byName(card);
    if (!found || !m_reader)
        return false;
    m_reader->insert(found->track2);
    return true;
}

void PaymentSimulator::press(int digit)
{
    if (digit < 0 || digit > 9 || m_digits.size() >= MaxPinDigits)
        return;
    m_digits.append(char('0' + digit));
    Q_EMIT typedChanged();
}

void PaymentSimulator::erase()
{
    if (m_digits.isEmpty())
        return;
    m_digits.chop(1);
    Q_EMIT typedChanged();
}

void PaymentSimulator::enter()
{
    if (m_pad)
        m_pad->type(m_digits);
    reset();
}

void PaymentSimulator::reset()
{
    const bool had = !m_digits.isEmpty();
    m_digits.fill('\0');
    m_digits.clear();
    if (had)
        Q_EMIT typedChanged();
}

} // namespace branch
