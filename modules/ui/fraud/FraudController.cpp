#include "FraudController.h"

#include "Clock.h"
#include "FormController.h"
#include "FraudLogging.h"
#include "FraudMessages.h"
#include "SessionContext.h"
#include "StaffSession.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace branch {

namespace {
constexpr int kTickMs = 200;
} // namespace

FraudController::FraudController(FormController *flow, SessionContext *context, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_context(context)
    , m_clock(clock)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        const int left = secondsLeft();
        if (left != m_lastSeconds) {
            m_lastSeconds = left;
            Q_EMIT secondsLeftChanged();
        }
        if (left == 0)
            m_tick.stop();
    });
    if (m_flow) {
        // Leaving the review (back, a new service, the end of the visit)
        // abandons a warning that is up.
        connect(m_flow, &FormController::stageChanged, this, [this] {
            if (m_flow->stage() != FormController::Stage::Review)
                reset();
        });
        connect(m_flow, &FormController::serviceChanged, this, &FraudController::reset);
    }
    if (m_context)
        connect(m_context, &SessionContext::languageChanged, this, &FraudController::retranslate);
}

FraudController::~FraudController() = default;

void FraudController::setCheck(FraudCheck check)
{
    m_check = std::move(check);
}

QByteArray FraudController::fingerprint() const
{
    if (!m_flow)
        return {};
    // A hash, not the values: the clearance must not keep a copy of them.
    const QByteArray values = QJsonDocument(m_flow->values()).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(m_flow->serviceId().toUtf8() + '\n' + values, QCryptographicHash::Sha256);
}

bool FraudController::allowCommit()
{
    if (!m_flow)
        return true;
    const QByteArray print = fingerprint();
    if (!m_cleared.isEmpty() && m_cleared == print) {
        m_cleared.clear();
        return true;
    }
    m_cleared.clear();
    FraudTransaction tx{m_flow->serviceId(), m_flow->values(), false};
    if (m_history)
        tx.payeeKnown = m_history(tx.serviceId, tx.values);
    const FraudCustomer customer{m_context && m_context->careMode(), m_age};
    const FraudVerdict verdict = m_check.evaluate(tx, customer);
    if (!verdict.warns())
        return true;
    qCInfo(lcFraud) << "warning before" << tx.serviceId << "commits:" << verdict.hits;
    m_serviceId = tx.serviceId;
    m_hits = verdict.hits;
    m_coolingUntil = {};
    m_notice.clear();
    m_lastSeconds = -1;
    Q_EMIT changed();
    Q_EMIT secondsLeftChanged();
    return false;
}

QStringList FraudController::reasons() const
{
    QStringList sentences;
    for (const QString &hit : m_hits) {
        const QString sentence = FraudMessages::hit(hit);
        if (!sentences.contains(sentence))
            sentences << sentence;
    }
    return sentences;
}

int FraudController::secondsLeft() const
{
    if (!coolingOff() || !m_clock)
        return m_check.rules().coolingOffSeconds;
    const qint64 ms = m_clock->now().msecsTo(m_coolingUntil);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void FraudController::startCoolingOff()
{
    if (!active() || coolingOff() || !m_clock)
        return;
    m_coolingUntil = m_clock->now().addSecs(m_check.rules().coolingOffSeconds);
    m_lastSeconds = secondsLeft();
    m_tick.start();
    setNotice({});
    Q_EMIT changed();
    Q_EMIT secondsLeftChanged();
}

bool FraudController::confirm()
{
    if (!active() || !canConfirm())
        return false;
    finish(QStringLiteral("cooling_off"), QStringLiteral("kiosk"), {});
    return true;
}

bool FraudController::staffConfirm()
{
    if (!active())
        return false;
    StaffSession *staff = m_context ? m_context->staffSession() : nullptr;
    if (!staff || !staff->active() || !staff->member()) {
        setNotice(tr("No member of staff is signed in at this kiosk. Please ask at the counter: a member of staff "
                     "signs in here and confirms with you."));
        return false;
    }
    staff->touch();
    finish(QStringLiteral("staff"), staff->actor(), staff->member()->id);
    return true;
}

void FraudController::askRemoteTeller()
{
    if (!active())
        return;
    // No remote-teller service is connected to this kiosk: say so, never pretend a call.
    setNotice(tr("A remote teller is not available at this kiosk. Please ask a member of staff, or wait and "
                 "confirm yourself."));
}

void FraudController::cancel()
{
    if (!active())
        return;
    record(QStringLiteral("cancelled"), QStringLiteral("kiosk"), {});
    m_hits.clear();
    m_coolingUntil = {};
    m_tick.stop();
    m_notice.clear();
    Q_EMIT changed();
}

void FraudController::reset()
{
    if (active())
        record(QStringLiteral("abandoned"), QStringLiteral("kiosk"), {});
    m_hits.clear();
    m_cleared.clear();
    m_coolingUntil = {};
    m_tick.stop();
    m_notice.clear();
    Q_EMIT changed();
}

void FraudController::endVisit()
{
    reset();
    m_age.reset();
}

void FraudController::retranslate()
{
    Q_EMIT changed();
}

void FraudController::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT changed();
}

void FraudController::record(const QString &choice, const QString &actor, const QString &staffId) const
{
    qCInfo(lcFraud) << "decision after a warning:" << choice << m_hits;
    if (m_auditor)
        m_auditor({m_serviceId, m_hits, choice, actor, staffId});
}

void FraudController::finish(const QString &choice, const QString &actor, const QString &staffId)
{
    record(choice, actor, staffId);
    m_hits.clear();
    m_coolingUntil = {};
    m_tick.stop();
    m_notice.clear();
    m_cleared = fingerprint();
    Q_EMIT changed();
    // The same values go on: the guard lets them through once.
    if (m_flow && !m_flow->confirmReview())
        m_cleared.clear();
}

} // namespace branch
