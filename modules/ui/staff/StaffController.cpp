#include "StaffController.h"

#include "Catalog.h"
#include "Clock.h"
#include "OutboxRepository.h"
#include "OutboxRetry.h"
#include "PaymentRepository.h"
#include "SalvageReportModel.h"
#include "StaffSession.h"
#include "UiLog.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace branch {

namespace {

// Enough for a counter's worth of refusals; the rest waits behind them.
constexpr int kListLimit = 100;

} // namespace

StaffController::StaffController(QObject *parent)
    : QObject(parent)
    , m_salvage(new SalvageReportModel(this))
{
}

void StaffController::openSalvageReport()
{
    if (m_salvage->available())
        Q_EMIT salvageReportRequested();
}

void StaffController::setBackends(const Backends &backends)
{
    m_backends = backends;
    refresh();
}

QVariantList StaffController::rejectedList() const
{
    QVariantList out;
    for (const RejectedEntry &entry : m_rejected)
        out.append(QVariant::fromValue(entry));
    return out;
}

QString StaffController::referenceName(const QString &kind)
{
    if (kind == u"catalog")
        return tr("service catalogue");
    if (kind == u"bills")
        return tr("billers");
    if (kind == u"avatar-scripts")
        return tr("avatar scripts");
    if (kind == u"fx-rates")
        return tr("exchange rates");
    if (kind == u"fraud-rules")
        return tr("anti-fraud rules");
    if (kind == u"fraud-watchlist")
        return tr("anti-fraud watch list");
    return {};
}

QString StaffController::paymentsText() const
{
    if (m_unresolvedPayments == 0)
        return {};
    return tr("Card payments waiting for core's answer: %1. They are resolved with core when the kiosk starts; "
              "never charge the customer again for them.")
        .arg(m_unresolvedPayments);
}

QString StaffController::referenceText() const
{
    // In the order staff read them, whatever order core sent them in.
    static const QStringList kinds{QStringLiteral("catalog"), QStringLiteral("bills"),
                                   QStringLiteral("avatar-scripts"), QStringLiteral("fx-rates"),
                                   QStringLiteral("fraud-rules"), QStringLiteral("fraud-watchlist")};
    QStringList parts;
    for (const QString &kind : kinds) {
        if (m_referenceVersions.contains(kind))
            parts.append(tr("%1 version %2").arg(referenceName(kind)).arg(m_referenceVersions.value(kind)));
    }
    if (parts.isEmpty())
        return tr("Reference data: none received from core yet.");
    const QString when = m_referenceCheckedAt.isValid()
        ? QLocale().toString(m_referenceCheckedAt.toLocalTime(), QLocale::ShortFormat)
        : tr("not reached since start");
    return tr("Reference data: %1. Last checked with core: %2.").arg(parts.join(QStringLiteral(" · ")), when);
}

QString StaffController::clockWarning() const
{
    if (m_clockAheadMinutes > 0)
        return tr("This kiosk's clock is %n minute(s) ahead of core's. Receipts carry the kiosk's time: have the clock corrected.",
                  "", m_clockAheadMinutes);
    if (m_clockAheadMinutes < 0)
        return tr("This kiosk's clock is %n minute(s) behind core's. Receipts carry the kiosk's time: have the clock corrected.",
                  "", -m_clockAheadMinutes);
    return {};
}

void StaffController::retranslate()
{
    // The rows carry service names: read again, they differ and are sent.
    refresh();
    m_salvage->retranslate();
    Q_EMIT referenceChanged();
    Q_EMIT clockChanged();
}

void StaffController::setReference(const QMap<QString, qint64> &versions, const QDateTime &checkedAt)
{
    if (versions == m_referenceVersions && checkedAt == m_referenceCheckedAt)
        return;
    m_referenceVersions = versions;
    m_referenceCheckedAt = checkedAt;
    Q_EMIT referenceChanged();
}

void StaffController::setClockSkew(bool skewed, qint64 coreMinusKioskMs)
{
    // To the nearest minute, and never "0 minutes" for a skewed clock.
    const qint64 minutes = std::max<qint64>(1, (std::abs(coreMinusKioskMs) + 30000) / 60000);
    const int ahead = skewed ? int(std::clamp<qint64>(coreMinusKioskMs > 0 ? -minutes : minutes, -1000000, 1000000)) : 0;
    if (ahead == m_clockAheadMinutes)
        return;
    m_clockAheadMinutes = ahead;
    Q_EMIT clockChanged();
}

QString StaffController::maskReceipt(const QString &receiptNumber)
{
    const qsizetype shown = std::min<qsizetype>(4, receiptNumber.size());
    return QString(receiptNumber.size() - shown, u'*') + receiptNumber.right(shown);
}

void StaffController::refresh()
{
    QList<RejectedEntry> rows;
    QString error;
    m_salvage->load(m_backends.store);
    if (m_backends.store) {
        const auto listed = OutboxRepository(*m_backends.store).list(QString(OutboxState::Rejected), kListLimit, 0);
        if (!listed.ok()) {
            qCWarning(lcUi) << "rejected entries could not be listed:" << listed.error.reason;
            error = listed.error.message;
        }
        for (const OutboxEntry &e : listed.value) {
            const ServiceDefinition *service = m_backends.catalog ? m_backends.catalog->service(e.serviceId) : nullptr;
            rows.append({e.id, maskReceipt(e.receiptNumber), service ? service->name.text() : e.serviceId,
                         e.rejectMessage.isEmpty() ? e.rejectReason : e.rejectMessage, int(e.attempts)});
        }
    }
    int payments = 0;
    if (m_backends.store) {
        const auto open = PaymentRepository(*m_backends.store).unresolved();
        if (!open.ok())
            qCWarning(lcUi) << "unresolved payments could not be listed:" << open.error.reason;
        payments = int(open.value.size());
    }
    if (rows == m_rejected && error == m_error && payments == m_unresolvedPayments)
        return;
    m_rejected = rows;
    m_error = error;
    m_unresolvedPayments = payments;
    Q_EMIT rejectedChanged();
}

QString StaffController::staffId() const
{
    const StaffSession *session = m_backends.session;
    return session && session->active() ? session->member()->id : QString();
}

bool StaffController::canSendAgain() const
{
    return Actor::isValidId(staffId());
}

bool StaffController::switchCareModeOn()
{
    const QString member = staffId();
    if (member.isEmpty()) {
        m_error = tr("Sign in first: the audit log records who switched care mode on.");
        Q_EMIT rejectedChanged();
        return false;
    }
    Q_EMIT careModeRequested(member);
    return true;
}

bool StaffController::sendAgain(qint64 entryId)
{
    if (!m_backends.store || !m_backends.clock)
        return false;
    const std::optional<Actor> actor = Actor::forStaff(staffId());
    if (!actor) {
        m_error = tr("Sign in first: the audit log records who sent a request again.");
        Q_EMIT rejectedChanged();
        return false;
    }
    const auto retried = OutboxRetry(*m_backends.store, *m_backends.clock, m_backends.auditKey).retry(entryId, *actor);
    if (!retried.ok()) {
        qCWarning(lcUi) << "outbox entry" << entryId << "could not be sent again:" << retried.error().reason;
        m_error = retried.error().message;
        Q_EMIT rejectedChanged();
        return false;
    }
    qCInfo(lcUi) << "staff sent outbox entry" << entryId << "again";
    m_backends.session->touch();
    m_error.clear();
    refresh();
    if (m_backends.nudge)
        m_backends.nudge();
    return true;
}

} // namespace branch
