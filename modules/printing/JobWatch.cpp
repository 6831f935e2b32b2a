#include "JobWatch.h"

#include "PrintReason.h"

namespace branch {

namespace {

// RFC 8011 5.4.12: a keyword may carry one of these suffixes.
QString keywordOf(const QString &reason)
{
    for (const QLatin1String suffix : {QLatin1String("-error"), QLatin1String("-warning"), QLatin1String("-report")}) {
        if (reason.endsWith(suffix))
            return reason.chopped(suffix.size());
    }
    return reason;
}

} // namespace

bool PrinterCondition::has(const QString &keyword) const
{
    for (const QString &reason : reasons) {
        if (keywordOf(reason) == keyword)
            return true;
    }
    return false;
}

JobWatch::JobWatch(qint64 graceMs)
    : m_graceMs(graceMs)
{
}

QString JobWatch::refusal(const PrinterCondition &printer)
{
    if (printer.state == IppPrinterState::Stopped)
        return QString(PrintReason::Paused);
    if (!printer.accepting)
        return QString(PrintReason::NotAccepting);
    return {};
}

QString JobWatch::holdUp(const PrinterCondition &printer)
{
    if (printer.has(QStringLiteral("media-empty")) || printer.has(QStringLiteral("media-needed")))
        return QString(PrintReason::OutOfPaper);
    if (printer.has(QStringLiteral("offline")) || printer.has(QStringLiteral("shutdown")))
        return QString(PrintReason::Offline);
    return {};
}

JobCheck JobWatch::look(int jobState, const PrinterCondition &printer, qint64 nowMs)
{
    switch (jobState) {
    case IppJobState::Completed:
        return {true, {}};
    case IppJobState::Canceled:
    case IppJobState::Aborted:
    case IppJobState::Held:
    case IppJobState::Stopped: {
        // It will not print by itself; the printer may say why.
        QString reason = holdUp(printer);
        if (reason.isEmpty() && printer.state == IppPrinterState::Stopped)
            reason = QString(PrintReason::Paused);
        return {true, reason.isEmpty() ? QString(PrintReason::JobFailed) : reason};
    }
    default:
        break;
    }
    if (printer.state == IppPrinterState::Stopped) {
        const QString reason = holdUp(printer);
        return {true, reason.isEmpty() ? QString(PrintReason::Paused) : reason};
    }
    const QString reason = holdUp(printer);
    if (reason != m_heldUpBy) {
        m_heldUpBy = reason;
        m_heldUpSinceMs = nowMs;
    }
    if (!reason.isEmpty() && nowMs - m_heldUpSinceMs >= m_graceMs)
        return {true, reason};
    return {};
}

QString JobWatch::timedOut(const PrinterCondition &printer) const
{
    QString reason = holdUp(printer);
    if (reason.isEmpty() && (printer.has(QStringLiteral("connecting-to-device"))
                             || printer.has(QStringLiteral("timed-out"))))
        reason = QString(PrintReason::Offline);
    return reason.isEmpty() ? QString(PrintReason::Timeout) : reason;
}

} // namespace branch
