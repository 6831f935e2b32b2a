#pragma once

#include "SyncService.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace branch {

class Clock;
class CoreClient;
class Database;
class OutboxRelay;
class RandomSource;
class ReferenceSync;

// The part of SyncService that lives on the worker thread. Everything it
// owns is created in setUp() and destroyed on that thread, as Qt SQL requires.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(const SyncServiceOptions &options);
    ~SyncWorker() override;

public Q_SLOTS:
    void setUp();
    void nudge();

Q_SIGNALS:
    void snapshotChanged(const branch::SyncSnapshot &snapshot);

private:
    void pass();
    void schedule(qint64 delayMs);
    void publish();
    QueueCounts localCounts() const;
    QString configure();
    // Null when core was not asked; otherwise whether it answered.
    std::optional<bool> refreshReference();
    // Null when it is not yet time to ask; otherwise whether core answered.
    std::optional<bool> probe();
    void readReferenceVersions();

    SyncServiceOptions m_options;
    QTimer m_timer;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CoreClient> m_core;
    std::unique_ptr<RandomSource> m_random;
    std::unique_ptr<OutboxRelay> m_relay;
    std::unique_ptr<ReferenceSync> m_reference;
    QDeadlineTimer m_referenceDue{0}; // due at once
    QDeadlineTimer m_probeDue{0};
    SyncSnapshot m_snapshot;
    SyncSnapshot m_lastPublished;
    bool m_published = false;
    bool m_statusWarned = false;
};

} // namespace branch
