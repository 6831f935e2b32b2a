#pragma once

#include "Money.h"
#include "ServiceDefinition.h"

#include <QList>
#include <QString>

#include <optional>

namespace branch {

// The screens a customer walks through at the kiosk for one service, in order.
enum class FlowStep {
    LookupBill, // enter the account number; the bill fills the form
    Fill,       // the form's pages
    Review,     // everything entered, to check before it counts
    Sign,       // the signature pad
    Authorize,  // a supervisor approves, when the amount is above the limit (FlowOptions)
    Pay,        // payment at the kiosk (not offered yet: see FlowOptions)
    Receipt,    // the stored request's receipt
};

QString flowStepName(FlowStep step); // "lookup_bill", "fill", ... (stable, for logs and tests)

// What staff do for a service at the counter because the kiosk cannot (yet).
// The UI words these; the rule that they apply lives here.
enum class CounterTask {
    CheckIdentity,  // the catalog asks for an ID check or face verification
    StaffApproval,  // the catalog asks for a staff authorization
    PayAtCounter,   // the catalog asks for payment and the kiosk takes none
};

struct FlowOptions
{
    // The kiosk has no payment terminal yet: a "pay" step becomes a counter
    // task instead of a screen. The phone page or a kiosk with a terminal
    // turns this on.
    bool kioskTakesPayment = false;
    // The kiosk reaches core, which gives supervisors' authorizations: an
    // "authorize" step becomes a screen, taken only when the amount needs it
    // (needsAuthorization); without this it is a counter task.
    bool kioskAuthorizes = false;
};

// One service's steps, derived from its catalog definition (steps, fee rule,
// authorization rule). Plain data: the kiosk, branchctl and the phone page
// ask it what comes next and only present the answer.
//
// Order: [LookupBill] Fill Review [Sign] [Authorize] [Pay] Receipt. LookupBill is there
// for a bill-fee service whose catalog lists "lookup_bill"; Sign and Pay when
// the catalog lists them (Pay only with kioskTakesPayment). The request is
// stored when the customer leaves the last step before Receipt.
class FlowSteps
{
public:
    FlowSteps() = default;
    explicit FlowSteps(const ServiceDefinition &service, const FlowOptions &options = {});

    // False for pure queries, actions and services without form pages: they
    // show their details only.
    bool startable() const { return m_startable; }
    QList<FlowStep> steps() const { return m_steps; }
    bool has(FlowStep step) const { return m_steps.contains(step); }
    // The first step after "Start"; nullopt when not startable.
    std::optional<FlowStep> first() const;
    // The step after / before `step`; nullopt at the ends or for a step the
    // flow does not have. previous(first()) is nullopt: the UI leaves the form.
    std::optional<FlowStep> next(FlowStep step) const;
    std::optional<FlowStep> previous(FlowStep step) const;
    // True when leaving `step` forwards stores the request (the step before Receipt).
    bool submitsAfter(FlowStep step) const;

    bool needsBillLookup() const { return has(FlowStep::LookupBill); }
    bool needsSignature() const { return has(FlowStep::Sign); }

    // What staff still do at the counter, in this order: identity, approval, payment.
    QList<CounterTask> counterTasks() const { return m_counterTasks; }
    // True when `amount` needs a staff member's approval under the catalog's
    // authorization rule (above its threshold, or always when it has none).
    bool needsAuthorization(const std::optional<Money> &amount) const;

private:
    QList<FlowStep> m_steps;
    QList<CounterTask> m_counterTasks;
    AuthorizationRule m_authorization;
    bool m_authorizeStep = false;
    bool m_startable = false;
};

} // namespace branch
