#include "PrefillReading.h"

#include "FlowLogging.h"
#include "PrefillClient.h"

#include <QMetaObject>

namespace branch {

class PrefillReading::Worker : public QObject
{
public:
    Worker(PrefillReadingOptions options, PrefillReading *owner)
        : m_options(std::move(options)), m_owner(owner)
    {
    }

    PrefillRead checked(PrefillRead read) const
    {
        if (read.ok() && m_options.completedHere && m_options.completedHere(read.reference)) {
            PrefillRead used;
            used.reason = QStringLiteral("already_used");
            used.message = PrefillService::messageFor(used.reason);
            return used;
        }
        return read;
    }

    PrefillService &service()
    {
        if (!m_service) {
            if (m_options.client)
                m_client = m_options.client();
            m_options.client = nullptr; // its captured secrets go with it
            PrefillKeyring keys = m_options.keyring;
            if (m_client) {
                const PrefillKeysReply reply = m_client->fetchPrefillKeys();
                if (reply.ok()) {
                    keys = PrefillKeyring::from(reply.branch, reply.signingKeys, reply.branchSecretKey);
                    QMetaObject::invokeMethod(m_owner, [owner = m_owner, keys] { Q_EMIT owner->keysFetched(keys); },
                                              Qt::QueuedConnection);
                } else {
                    qCInfo(lcFlow) << "prefill keys: core did not answer; the keychain's are used";
                }
            }
            m_service = std::make_unique<PrefillService>(m_client.get(), keys, *m_options.catalog, *m_options.clock);
        }
        return *m_service;
    }

private:
    PrefillReadingOptions m_options;
    PrefillReading *m_owner;
    std::unique_ptr<PrefillClient> m_client;
    std::unique_ptr<PrefillService> m_service;
};

PrefillReading::PrefillReading(PrefillReadingOptions options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PrefillRead>();
    qRegisterMetaType<PrefillKeyring>();
    m_thread.setObjectName(QStringLiteral("prefill"));
    m_worker = new Worker(std::move(options), this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PrefillReading::~PrefillReading()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void PrefillReading::readToken(const QString &text)
{
    post([text](Worker &worker) { return worker.checked(worker.service().readToken(text)); });
}

void PrefillReading::readShortCode(const QString &digits)
{
    post([digits](Worker &worker) { return worker.checked(worker.service().readShortCode(digits)); });
}

void PrefillReading::cancel()
{
    ++m_generation;
    m_reading = false;
}

void PrefillReading::post(std::function<PrefillRead(Worker &)> work)
{
    const quint64 generation = ++m_generation;
    m_reading = true;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, generation, work = std::move(work)] {
            const PrefillRead read = work(*worker);
            // The destructor waits for this thread, so `this` is alive here.
            QMetaObject::invokeMethod(
                this,
                [this, generation, read] {
                    if (generation != m_generation)
                        return; // cancelled, or a newer read was asked for
                    m_reading = false;
                    qCInfo(lcFlow) << "prefill read:" << (read.ok() ? QStringLiteral("ok") : read.reason)
                                   << (read.offline ? "(offline)" : "");
                    Q_EMIT finished(read);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace branch
