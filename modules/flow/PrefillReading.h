#pragma once

#include "PrefillService.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace branch {

class Catalog;
class Clock;
class PrefillClient;

struct PrefillReadingOptions
{
    // Makes core's prefill client on the worker thread (the kiosk:
    // HttpsCoreClient over mutual TLS, its secrets read beforehand on the
    // owner's thread). Null, or returning null: offline tokens only.
    std::function<std::unique_ptr<PrefillClient>()> client;
    // What the keychain held at start-up; core's fresh keys replace it.
    PrefillKeyring keyring;
    // Called on the worker thread for every good read: true when a
    // submission on this kiosk already completes that prefill (an offline
    // token shown twice while core is out of reach). Null: not asked.
    std::function<bool(const QString &reference)> completedHere;
    // Both outlive the reading and are safe to read from another thread.
    const Catalog *catalog = nullptr;
    const Clock *clock = nullptr;
};

// Reads e-Tongban codes (PrefillService) on a worker thread: verifying is
// quick, but claiming from core waits on the network, and the camera's
// preview must keep moving meanwhile. On its first read the worker asks core
// for the current keys; the owner keeps them in the keychain (keysFetched),
// so a kiosk that later loses core still opens offline tokens.
// One read at a time; signals reach the owner's thread.
class PrefillReading : public QObject
{
    Q_OBJECT
public:
    explicit PrefillReading(PrefillReadingOptions options, QObject *parent = nullptr);
    ~PrefillReading() override;

    void readToken(const QString &text);
    void readShortCode(const QString &digits);
    // The customer left: a read under way finishes, but its result is dropped.
    void cancel();
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    void finished(const branch::PrefillRead &read);
    void keysFetched(const branch::PrefillKeyring &keys);

private:
    class Worker;
    void post(std::function<PrefillRead(Worker &)> work);

    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted there
    bool m_reading = false;
    quint64 m_generation = 0;
};

} // namespace branch

Q_DECLARE_METATYPE(branch::PrefillRead)
Q_DECLARE_METATYPE(branch::PrefillKeyring)
