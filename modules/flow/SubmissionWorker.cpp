#include "SubmissionWorker.h"

#include "Database.h"
#include "FlowLogging.h"
#include "FlowReason.h"
#include "IdempotencyKeySource.h"

namespace branch {

SubmissionWorker::SubmissionWorker(const SubmissionQueueOptions &options)
    : m_options(options)
{
}

SubmissionWorker::~SubmissionWorker()
{
    // The service borrows the connection: it goes first.
    m_service.reset();
    m_database.reset();
}

void SubmissionWorker::setUp()
{
    m_database = std::make_unique<Database>();
    OpenOptions open;
    open.path = m_options.databasePath;
    const OpenResult opened = m_database->open(open);
    if (!opened.ok) {
        qCCritical(lcFlow) << "submission worker: the store could not be opened:" << opened.status.reason;
        m_openError = opened.status;
        Q_EMIT this->opened(m_openError.reason, m_openError.message);
        return;
    }
    m_keys = m_options.keySource ? m_options.keySource() : std::make_unique<RandomKeySource>();
    SubmissionBackends backends;
    backends.database = m_database.get();
    backends.clock = m_options.clock;
    backends.codec = m_options.codec.get();
    backends.auditKey = m_options.auditKey;
    backends.keys = m_keys.get();
    backends.settings = m_options.settings;
    backends.auditActor = m_options.auditActor;
    backends.printer = m_options.printer.get();
    backends.receiptDirectory = m_options.receiptDirectory;
    m_service = std::make_unique<SubmissionService>(backends);
    Q_EMIT this->opened({}, {});
}

void SubmissionWorker::run(qint64 ticket, const SubmissionOrder &order)
{
    if (!m_service) {
        const SubmissionError error = m_openError.isError()
            ? SubmissionError{m_openError.reason, m_openError.message, {}, {}}
            : SubmissionError::of(FlowReason::NotReady);
        Q_EMIT finished(ticket, error);
        return;
    }
    Q_EMIT finished(ticket, m_service->submit(order, [this, ticket](SubmissionStage stage) {
        Q_EMIT progress(ticket, stage);
    }));
}

} // namespace branch
