#include "IdCardReading.h"

#include "Clock.h"
#include "FlowLogging.h"
#include "IdCardReader.h"

#include <QMetaObject>

namespace branch {

using namespace std::chrono_literals;

IdCardReading::IdCardReading(IdCardReader &reader, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_clock(clock)
{
}

IdCardReading::~IdCardReading()
{
    cancel();
    join();
}

void IdCardReading::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void IdCardReading::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_reading = false;
    ++m_generation;
}

void IdCardReading::start(const ServiceDefinition &service, std::chrono::milliseconds deadline)
{
    cancel();
    join(); // a cancelled read ends within one poll
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_reading = true;
    const quint64 generation = ++m_generation;
    const QDate today = m_clock.today();
    // The destructor joins this thread, so `this` outlives it.
    m_thread = std::thread([this, service, deadline, today, generation, cancelled = m_cancelled] {
        // Short polls, so that cancel() and the kiosk's exit never wait long.
        const auto until = std::chrono::steady_clock::now() + deadline;
        Result<IdCard> card = fail(QStringLiteral("no_card"));
        while (!*cancelled && std::chrono::steady_clock::now() < until) {
            card = m_reader.read(250ms);
            if (card.ok() || card.reason() != u"no_card")
                break;
        }
        if (*cancelled)
            return;
        Result<IdCardFill> fill = card.ok() ? IdCardFill::from(service, card.value(), today)
                                            : Result<IdCardFill>(card.error());
        QMetaObject::invokeMethod(
            this,
            [this, generation, fill = std::move(fill)] {
                if (generation != m_generation)
                    return; // cancelled or superseded
                m_reading = false;
                if (fill.ok()) {
                    qCInfo(lcFlow) << "ID card read and filled" << fill.value().values.size() << "fields";
                    Q_EMIT holderAge(fill.value().age);
                    Q_EMIT filled(fill.value().values, fill.value().offerCareMode);
                } else {
                    qCInfo(lcFlow) << "ID card not used:" << fill.reason();
                    Q_EMIT failed(fill.reason());
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace branch
