#pragma once

#include "SubmissionQueue.h"

#include <QObject>

#include <memory>

namespace branch {

class Database;

// SubmissionQueue's other half, living on the queue's thread: it opens its
// own connection there and runs SubmissionService for each order. Not for
// use on its own.
class SubmissionWorker : public QObject
{
    Q_OBJECT
public:
    explicit SubmissionWorker(const SubmissionQueueOptions &options);
    ~SubmissionWorker() override;

    // On the worker thread.
    void setUp();
    void run(qint64 ticket, const branch::SubmissionOrder &order);

Q_SIGNALS:
    void opened(const QString &reason, const QString &message);
    void progress(qint64 ticket, branch::SubmissionStage stage);
    void finished(qint64 ticket, const branch::SubmissionResult &result);

private:
    SubmissionQueueOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IdempotencyKeySource> m_keys;
    std::unique_ptr<SubmissionService> m_service;
    StoreError m_openError;
};

} // namespace branch
