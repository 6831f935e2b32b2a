#include "SimulatedPrinter.h"

#include "PrintReason.h"
#include "PrintingLogging.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutexLocker>
#include <QThread>

namespace branch {

namespace {

const QString kName = QStringLiteral("simulator");

struct Named
{
    SimulatedPrinter::Condition condition;
    QLatin1String name;
};

constexpr Named kNames[] = {
    {SimulatedPrinter::Condition::Ready, QLatin1String("ready")},
    {SimulatedPrinter::Condition::OutOfPaper, QLatin1String("out-of-paper")},
    {SimulatedPrinter::Condition::Offline, QLatin1String("offline")},
    {SimulatedPrinter::Condition::Paused, QLatin1String("paused")},
    {SimulatedPrinter::Condition::Failing, QLatin1String("failing")},
};

QLatin1String reasonFor(SimulatedPrinter::Condition condition)
{
    switch (condition) {
    case SimulatedPrinter::Condition::Ready:
        break;
    case SimulatedPrinter::Condition::OutOfPaper:
        return PrintReason::OutOfPaper;
    case SimulatedPrinter::Condition::Offline:
        return PrintReason::Offline;
    case SimulatedPrinter::Condition::Paused:
        return PrintReason::Paused;
    case SimulatedPrinter::Condition::Failing:
        return PrintReason::JobFailed;
    }
    return {};
}

} // namespace

SimulatedPrinter::SimulatedPrinter(Condition condition, int printMs)
    : m_condition(condition)
    , m_printMs(printMs)
{
}

Result<PrintedJob> SimulatedPrinter::print(const PrintJob &job, const Progress &progress)
{
    const auto report = [&progress](PrintStage stage) {
        if (progress)
            progress(stage);
    };
    report(PrintStage::Sending);
    int jobId = 0;
    {
        const QMutexLocker lock(&m_mutex);
        jobId = ++m_attempts;
    }
    if (!QFileInfo(job.documentPath).isFile())
        return Error{QString(PrintReason::DocumentMissing), {}};
    // A paused printer refuses the job when it is sent, as CupsPrinter does;
    // paper, line and failure show while it prints.
    const Condition before = condition();
    if (before == Condition::Paused)
        return Error{QString(PrintReason::Paused), kName};
    report(PrintStage::Queued);
    report(PrintStage::Printing);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < m_printMs) {
        if (QThread::currentThread()->isInterruptionRequested())
            return Error{QString(PrintReason::JobFailed), QStringLiteral("stopped")};
        QThread::msleep(10);
    }
    const QLatin1String reason = reasonFor(condition());
    if (!reason.isEmpty()) {
        qCInfo(lcPrinting) << "simulated job" << jobId << "not printed:" << reason;
        return Error{QString(reason), kName};
    }
    const QMutexLocker lock(&m_mutex);
    m_printed.append(job.title);
    qCInfo(lcPrinting) << "simulated job" << jobId << "printed";
    return PrintedJob{kName, jobId};
}

void SimulatedPrinter::setCondition(Condition condition)
{
    const QMutexLocker lock(&m_mutex);
    m_condition = condition;
}

SimulatedPrinter::Condition SimulatedPrinter::condition() const
{
    const QMutexLocker lock(&m_mutex);
    return m_condition;
}

QStringList SimulatedPrinter::printed() const
{
    const QMutexLocker lock(&m_mutex);
    return m_printed;
}

int SimulatedPrinter::attempts() const
{
    const QMutexLocker lock(&m_mutex);
    return m_attempts;
}

std::optional<SimulatedPrinter::Condition> SimulatedPrinter::parse(const QString &name)
{
    for (const Named &named : kNames) {
        if (name == named.name)
            return named.condition;
    }
    return std::nullopt;
}

QStringList SimulatedPrinter::names()
{
    QStringList out;
    for (const Named &named : kNames)
        out.append(QString(named.name));
    return out;
}

} // namespace branch
