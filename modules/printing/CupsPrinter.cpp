#include "CupsPrinter.h"

#include "JobWatch.h"
#include "PrintReason.h"
#include "PrintingLogging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <cups/cups.h>

#include <algorithm>
#include <array>
#include <memory>

namespace branch {

namespace {

struct HttpClose
{
    void operator()(http_t *http) const { httpClose(http); }
};
struct IppDelete
{
    void operator()(ipp_t *ipp) const { ippDelete(ipp); }
};
struct DestFree
{
    void operator()(cups_dest_t *dest) const { cupsFreeDests(1, dest); }
};
using Http = std::unique_ptr<http_t, HttpClose>;
using Ipp = std::unique_ptr<ipp_t, IppDelete>;
using Dest = std::unique_ptr<cups_dest_t, DestFree>;

Error failure(QLatin1String reason, const QString &detail = {})
{
    return Error{QString(reason), detail};
}

// libcups keeps the last status per thread.
Error lastError()
{
    const QString detail = QString::fromUtf8(cupsLastErrorString());
    switch (cupsLastError()) {
    case IPP_STATUS_ERROR_NOT_FOUND:
        return failure(PrintReason::NotFound, detail);
    case IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS:
        return failure(PrintReason::NotAccepting, detail);
    case IPP_STATUS_ERROR_SERVICE_UNAVAILABLE:
        return failure(PrintReason::Unavailable, detail);
    default:
        return failure(PrintReason::JobFailed, detail);
    }
}

bool failed(ipp_status_t status)
{
    return status > IPP_STATUS_OK_CONFLICTING;
}

Http connectTo(const QString &server, int timeoutMs)
{
    QByteArray host;
    int port = ippPort();
    if (server.isEmpty()) {
        host = cupsServer();
    } else if (server.startsWith(u'/')) {
        host = server.toUtf8(); // a local socket: httpConnect2 takes its path as the host
    } else {
        static const QRegularExpression hostPort(QStringLiteral("^([^:]+):(\\d{1,5})$"));
        const QRegularExpressionMatch match = hostPort.match(server);
        host = (match.hasMatch() ? match.captured(1) : server).toUtf8();
        if (match.hasMatch())
            port = match.captured(2).toInt();
    }
    return Http(httpConnect2(host.constData(), port, nullptr, AF_UNSPEC, cupsEncryption(), 1, timeoutMs, nullptr));
}

QByteArray printerUri(const QByteArray &queue)
{
    std::array<char, HTTP_MAX_URI> uri{};
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri.data(), int(uri.size()), "ipp", nullptr, "localhost", ippPort(),
                     "/printers/%s", queue.constData());
    return QByteArray(uri.data());
}

ipp_t *newRequest(ipp_op_t operation, const QByteArray &uri)
{
    ipp_t *request = ippNewRequest(operation);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    return request;
}

Result<PrinterCondition> conditionOf(http_t *http, const QByteArray &uri)
{
    ipp_t *request = newRequest(IPP_OP_GET_PRINTER_ATTRIBUTES, uri);
    static const char *const wanted[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", int(std::size(wanted)),
                  nullptr, wanted);
    const Ipp response(cupsDoRequest(http, request, "/")); // takes the request
    if (!response || failed(cupsLastError()))
        return lastError();
    PrinterCondition condition;
    if (ipp_attribute_t *state = ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM))
        condition.state = ippGetInteger(state, 0);
    if (ipp_attribute_t *reasons = ippFindAttribute(response.get(), "printer-state-reasons", IPP_TAG_KEYWORD)) {
        for (int i = 0; i < ippGetCount(reasons); ++i) {
            const QString reason = QString::fromUtf8(ippGetString(reasons, i, nullptr));
            if (reason != QLatin1String("none"))
                condition.reasons.append(reason);
        }
    }
    if (ipp_attribute_t *accepting = ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        condition.accepting = ippGetBoolean(accepting, 0) != 0;
    return condition;
}

Result<int> jobStateOf(http_t *http, const QByteArray &uri, int jobId)
{
    ipp_t *request = newRequest(IPP_OP_GET_JOB_ATTRIBUTES, uri);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr, "job-state");
    const Ipp response(cupsDoRequest(http, request, "/"));
    if (!response || failed(cupsLastError()))
        return lastError();
    ipp_attribute_t *state = ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM);
    if (!state)
        return failure(PrintReason::JobFailed, QStringLiteral("no job-state"));
    return ippGetInteger(state, 0);
}

// The queue asked for, or the default destination.
Result<QByteArray> destination(http_t *http, const QString &queue)
{
    if (!queue.isEmpty())
        return queue.toUtf8();
    const Dest dest(cupsGetNamedDest(http, nullptr, nullptr));
    if (!dest || !dest->name)
        return failure(PrintReason::NoPrinter);
    return QByteArray(dest->name);
}

// Create-Job, then the PDF as its one document. The job is canceled when the
// document does not get through.
Result<int> send(http_t *http, const QByteArray &queue, const PrintJob &job)
{
    QFile file(job.documentPath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(PrintReason::DocumentMissing);
    const QByteArray title = job.title.toUtf8();
    const int jobId = cupsCreateJob(http, queue.constData(), title.constData(), 0, nullptr);
    if (jobId == 0)
        return lastError();
    bool sent = cupsStartDocument(http, queue.constData(), jobId, title.constData(), CUPS_FORMAT_PDF, 1)
        == HTTP_STATUS_CONTINUE;
    std::array<char, 16384> buffer{};
    while (sent && !file.atEnd()) {
        const qint64 read = file.read(buffer.data(), qint64(buffer.size()));
        sent = read >= 0 && cupsWriteRequestData(http, buffer.data(), size_t(read)) == HTTP_STATUS_CONTINUE;
    }
    // Finishing reads the server's answer, also after a failed write.
    const bool finished = !failed(cupsFinishDocument(http, queue.constData()));
    if (sent && finished)
        return jobId;
    const Error error = lastError();
    cupsCancelJob2(http, queue.constData(), jobId, 0);
    return error;
}

} // namespace

CupsPrinter::CupsPrinter(CupsPrinterOptions options)
    : m_options(std::move(options))
{
}

Result<PrintedJob> CupsPrinter::print(const PrintJob &job, const Progress &progress)
{
    const auto report = [&progress](PrintStage stage) {
        if (progress)
            progress(stage);
    };
    report(PrintStage::Sending);
    const Http http = connectTo(m_options.server, m_options.connectTimeoutMs);
    if (!http) {
        qCWarning(lcPrinting) << "the printing system cannot be reached:" << cupsLastErrorString();
        return failure(PrintReason::Unavailable, QString::fromUtf8(cupsLastErrorString()));
    }
    const Result<QByteArray> queue = destination(http.get(), m_options.queue);
    if (!queue.ok()) {
        qCWarning(lcPrinting) << "no printer: none chosen and no default destination";
        return queue.error();
    }
    const QByteArray uri = printerUri(queue.value());
    const Result<PrinterCondition> before = conditionOf(http.get(), uri);
    if (!before.ok()) {
        qCWarning(lcPrinting) << "printer" << queue.value() << "not usable:" << before.reason();
        return Error{before.reason(), QString::fromUtf8(queue.value())};
    }
    if (const QString refused = JobWatch::refusal(before.value()); !refused.isEmpty()) {
        qCWarning(lcPrinting) << "printer" << queue.value() << "takes no job now:" << refused;
        return Error{refused, QString::fromUtf8(queue.value())};
    }
    const Result<int> sent = send(http.get(), queue.value(), job);
    if (!sent.ok()) {
        qCWarning(lcPrinting) << "job not sent to" << queue.value() << ':' << sent.reason() << sent.error().detail;
        return sent.error();
    }
    const int jobId = sent.value();

    JobWatch watch(m_options.conditionGraceMs);
    QElapsedTimer clock;
    clock.start();
    int shownState = 0;
    unsigned long pauseMs = 5; // short at first: a receipt on a local queue takes milliseconds
    const auto giveUp = [&](const QString &reason, int state) -> Result<PrintedJob> {
        if (state < IppJobState::Canceled)
            cupsCancelJob2(http.get(), queue.value().constData(), jobId, 0);
        qCWarning(lcPrinting) << "job" << jobId << "on" << queue.value() << "not printed:" << reason;
        return Error{reason, QString::fromUtf8(queue.value())};
    };
    for (;;) {
        const Result<int> state = jobStateOf(http.get(), uri, jobId);
        const Result<PrinterCondition> printer = conditionOf(http.get(), uri);
        if (!state.ok() || !printer.ok())
            return giveUp(QString(PrintReason::Unavailable), 0);
        if (state.value() != shownState) {
            shownState = state.value();
            if (shownState == IppJobState::Pending)
                report(PrintStage::Queued);
            else if (shownState == IppJobState::Processing)
                report(PrintStage::Printing);
        }
        const JobCheck check = watch.look(state.value(), printer.value(), clock.elapsed());
        if (check.finished && check.reason.isEmpty()) {
            qCInfo(lcPrinting) << "job" << jobId << "on" << queue.value() << "completed in" << clock.elapsed() << "ms";
            return PrintedJob{QString::fromUtf8(queue.value()), jobId};
        }
        if (check.finished)
            return giveUp(check.reason, state.value());
        if (QThread::currentThread()->isInterruptionRequested())
            return giveUp(QString(PrintReason::JobFailed), state.value());
        if (clock.elapsed() >= m_options.completionTimeoutMs)
            return giveUp(watch.timedOut(printer.value()), state.value());
        QThread::msleep(pauseMs);
        pauseMs = std::min<unsigned long>(pauseMs * 2, static_cast<unsigned long>(std::max(1, m_options.pollIntervalMs)));
    }
}

} // namespace branch
