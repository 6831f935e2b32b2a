#include "FlowSteps.h"

namespace branch {

QString flowStepName(FlowStep step)
{
    switch (step) {
    case FlowStep::LookupBill:
        return QStringLiteral("lookup_bill");
    case FlowStep::Fill:
        return QStringLiteral("fill");
    case FlowStep::Review:
        return QStringLiteral("review");
    case FlowStep::Sign:
        return QStringLiteral("sign");
    case FlowStep::Authorize:
        return QStringLiteral("authorize");
    case FlowStep::Pay:
        return QStringLiteral("pay");
    case FlowStep::Receipt:
        return QStringLiteral("receipt");
    }
    return {};
}

FlowSteps::FlowSteps(const ServiceDefinition &service, const FlowOptions &options)
    : m_authorization(service.authorization)
    , m_authorizeStep(service.hasStep(Step::Authorize))
{
    if (service.hasStep(Step::VerifyId) || service.hasStep(Step::FaceVerify))
        m_counterTasks.append(CounterTask::CheckIdentity);
    if (m_authorizeStep && !options.kioskAuthorizes)
        m_counterTasks.append(CounterTask::StaffApproval);
    const bool pay = service.hasStep(Step::Pay);
    if (pay && !options.kioskTakesPayment)
        m_counterTasks.append(CounterTask::PayAtCounter);

    m_startable = !service.isPureQuery() && !service.form.pages.isEmpty();
    if (!m_startable)
        return;
    // A bill is looked up only where the fee comes from one: the catalog's
    // checker allows "lookup_bill" elsewhere, but there is nothing to look up.
    if (service.fee.type == FeeRule::Type::Bill && service.hasStep(Step::LookupBill))
        m_steps.append(FlowStep::LookupBill);
    m_steps.append({FlowStep::Fill, FlowStep::Review});
    if (service.hasStep(Step::Sign))
        m_steps.append(FlowStep::Sign);
    if (m_authorizeStep && options.kioskAuthorizes)
        m_steps.append(FlowStep::Authorize);
    if (pay && options.kioskTakesPayment)
        m_steps.append(FlowStep::Pay);
    m_steps.append(FlowStep::Receipt);
}

std::optional<FlowStep> FlowSteps::first() const
{
    if (m_steps.isEmpty())
        return std::nullopt;
    return m_steps.constFirst();
}

std::optional<FlowStep> FlowSteps::next(FlowStep step) const
{
    const qsizetype at = m_steps.indexOf(step);
    if (at < 0 || at + 1 >= m_steps.size())
        return std::nullopt;
    return m_steps.at(at + 1);
}

std::optional<FlowStep> FlowSteps::previous(FlowStep step) const
{
    const qsizetype at = m_steps.indexOf(step);
    // Nothing goes back from the receipt: the request is stored.
    if (at <= 0 || step == FlowStep::Receipt)
        return std::nullopt;
    return m_steps.at(at - 1);
}

bool FlowSteps::submitsAfter(FlowStep step) const
{
    return next(step) == FlowStep::Receipt;
}

bool FlowSteps::needsAuthorization(const std::optional<Money> &amount) const
{
    if (!m_authorizeStep && m_authorization.type == AuthorizationRule::Type::None)
        return false;
    if (m_authorization.type == AuthorizationRule::Type::None || m_authorization.aboveFen == 0)
        return true;
    return amount && amount->fen() > m_authorization.aboveFen;
}

} // namespace branch
