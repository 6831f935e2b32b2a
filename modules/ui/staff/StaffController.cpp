#include "StaffController.h"

#include "AuditLog.h"
#include "AuditRecord.h"
#include "Catalog.h"
#include "Clock.h"
#include "OutboxRepository.h"
#include "UiLog.h"

#include <algorithm>
#include <cstdlib>

namespace branch {

namespace {

// Enough for a counter's worth of refusals; the rest waits behind them.
constexpr int kListLimit = 100;

} // namespace

StaffController::StaffController(QObject *parent)
    : QObject(parent)
{
}

void StaffController::setBackends(const Backends &backends)
{
    m_backends = backends;
    refresh();
}

QVariantMap StaffController::referenceVersions() const
{
    QVariantMap map;
    for (auto it = m_referenceVersions.cbegin(); it != m_referenceVersions.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
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
    QVariantList rows;
    QString error;
    if (m_backends.store) {
        const auto listed = OutboxRepository(*m_backends.store).list(QString(OutboxState::Rejected), kListLimit, 0);
        if (!listed.ok()) {
            qCWarning(lcUi) << "rejected entries could not be listed:" << listed.error.reason;
            error = listed.error.message;
        }
        for (const OutboxEntry &e : listed.value) {
            const ServiceDefinition *service = m_backends.catalog ? m_backends.catalog->service(e.serviceId) : nullptr;
            rows.append(QVariantMap{
                {QStringLiteral("entryId"), e.id},
                {QStringLiteral("receipt"), maskReceipt(e.receiptNumber)},
                {QStringLiteral("service"), service ? service->name.text() : e.serviceId},
                {QStringLiteral("reason"), e.rejectMessage.isEmpty() ? e.rejectReason : e.rejectMessage},
                {QStringLiteral("attempts"), e.attempts},
            });
        }
    }
    if (rows == m_rejected && error == m_error)
        return;
    m_rejected = rows;
    m_error = error;
    Q_EMIT rejectedChanged();
}

bool StaffController::sendAgain(qint64 entryId)
{
    if (!m_backends.store || !m_backends.clock)
        return false;
    const StoreError retried = OutboxRepository(*m_backends.store).retry(entryId, m_backends.clock->now());
    if (retried.isError()) {
        qCWarning(lcUi) << "outbox entry" << entryId << "could not be sent again:" << retried.reason;
        m_error = retried.message;
        Q_EMIT rejectedChanged();
        return false;
    }
    if (m_backends.audit) {
        AuditEvent event;
        event.kind = QString(AuditKind::StaffAction);
        event.actor = QStringLiteral("staff");
        event.subject = QString::number(entryId);
        event.details = AuditDetails().action(QStringLiteral("outbox_retry"));
        if (const auto appended = m_backends.audit->append(event); !appended.ok())
            qCWarning(lcUi) << "the retry could not be audited:" << appended.error.reason;
    }
    qCInfo(lcUi) << "staff sent outbox entry" << entryId << "again";
    refresh();
    if (m_backends.nudge)
        m_backends.nudge();
    return true;
}

} // namespace branch
