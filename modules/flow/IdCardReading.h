#pragma once

#include "IdCardFill.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace branch {

class Clock;
class IdCardReader;

// One read of the ID card reader for a service's form, off the GUI thread:
// waits for a card up to a deadline, checks it (IdCardFill) and reports on
// the thread that started it. The card itself never leaves this class: only
// the values the form takes do. The kiosk and the counter console use it.
class IdCardReading : public QObject
{
    Q_OBJECT
public:
    // `reader` and `clock` outlive this object.
    IdCardReading(IdCardReader &reader, const Clock &clock, QObject *parent = nullptr);
    ~IdCardReading() override;

    // Starts a read; a read already running is cancelled first (its result is dropped).
    void start(const ServiceDefinition &service, std::chrono::milliseconds deadline);
    void cancel();
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    void filled(const QHash<QString, QString> &values, bool offerCareMode);
    // Just before filled(): the holder's age, for the anti-fraud rules (docs/fraud.md).
    void holderAge(int years);
    // no_card after the deadline, card_unreadable, reader_unavailable, or a
    // checkIdCard() reason such as card_expired.
    void failed(const QString &reason);

private:
    void join();

    IdCardReader &m_reader;
    const Clock &m_clock;
    std::thread m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_reading = false;
    quint64 m_generation = 0;
};

} // namespace branch
