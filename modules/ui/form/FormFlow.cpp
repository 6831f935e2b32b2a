// FormController, second half: what the detail page says, the bill look-up,
// the review, and the one submission that ends in a receipt. The rules are
// modules/flow's (FlowSteps, BillLookup, FieldText, SubmissionQueue); this
// only words them and hands them to QML.
#include "FormController.h"

#include "BillLookup.h"
#include "Catalog.h"
#include "Clock.h"
#include "FieldText.h"
#include "FlowReason.h"
#include "KioskSession.h"
#include "QrCode.h"
#include "SignatureCapture.h"
#include "SubmissionAmount.h"
#include "SubmissionQueue.h"
#include "UiLog.h"

#include <QLocale>

namespace branch {

namespace {

QString money(qint64 fen, const QString &currency)
{
    return Money(fen, currency.isEmpty() ? QStringLiteral("CNY") : currency).format(QLocale());
}

} // namespace

QString FormController::serviceId() const
{
    return m_serviceId;
}

QString FormController::serviceName() const
{
    const ServiceDefinition *s = service();
    return s ? s->name.text() : QString();
}

QString FormController::description() const
{
    const ServiceDefinition *s = service();
    return s ? s->description.text() : QString();
}

QString FormController::eligibility() const
{
    const ServiceDefinition *s = service();
    return s ? s->eligibility.text() : QString();
}

QVariantList FormController::materials() const
{
    QVariantList out;
    const ServiceDefinition *s = service();
    if (!s)
        return out;
    for (const Material &material : s->materials)
        out.append(QVariantMap{{QStringLiteral("name"), material.name.text()},
                               {QStringLiteral("required"), material.required}});
    return out;
}

QString FormController::feeText() const
{
    const ServiceDefinition *s = service();
    if (!s)
        return {};
    const FeeRule &fee = s->fee;
    switch (fee.type) {
    case FeeRule::Type::None:
        return tr("No fee is charged for this service.");
    case FeeRule::Type::Fixed:
        return tr("Fee: %1").arg(money(fee.amountFen, fee.currency));
    case FeeRule::Type::Entered:
        return tr("You enter the amount, from %1 to %2.")
            .arg(money(fee.minFen, fee.currency), money(fee.maxFen, fee.currency));
    case FeeRule::Type::Bill:
        return tr("The amount is looked up from your bill with your account number.");
    }
    return {};
}

QStringList FormController::counterNotes() const
{
    // Steps this counter cannot do by itself yet are said plainly, so nobody
    // believes a payment or an identity check happened when it did not.
    QStringList notes;
    for (const CounterTask task : m_steps.counterTasks()) {
        switch (task) {
        case CounterTask::CheckIdentity:
            notes.append(tr("Staff will check your ID card before your request is processed."));
            break;
        case CounterTask::StaffApproval:
            notes.append(tr("Large amounts need a staff member's approval."));
            break;
        case CounterTask::PayAtCounter:
            notes.append(tr("Payment is not taken at this screen: pay at the counter with your receipt number."));
            break;
        }
    }
    return notes;
}

bool FormController::startable() const
{
    return service() && m_steps.startable();
}

QString FormController::lookupLabel() const
{
    const ServiceDefinition *s = service();
    if (!s || !m_backends.billers)
        return {};
    return BillLookup(*m_backends.billers).accountLabel(*s, QLocale());
}

QString FormController::lookupPrompt() const
{
    const QString label = lookupLabel();
    return label.isEmpty() ? tr("Enter your account number to find what you owe.")
                           : tr("Enter your %1 to find what you owe.").arg(label);
}

bool FormController::lookupBill(const QString &accountNumber)
{
    const ServiceDefinition *s = service();
    if (m_stage != Stage::Lookup || !s || !m_backends.billers)
        return false;
    const QDate today = m_backends.clock ? m_backends.clock->today() : QDate::currentDate();
    const Result<BillPrefill, FlowError> found = BillLookup(*m_backends.billers).lookup(*s, accountNumber.trimmed(), today);
    if (!found.ok()) {
        m_lookupError = found.error().message;
        Q_EMIT lookupChanged();
        return false;
    }
    clear();
    m_bill = found.value();
    // What the biller said is shown, and locked: the customer may not change it.
    for (const PrefilledField &filled : found->prefill) {
        const FieldDefinition *field = s->form.field(filled.fieldId);
        if (!field)
            continue;
        m_texts.insert(field->id, filled.value.isString() ? filled.value.toString() : FieldText::display(*field, filled.value));
        store(*field, filled.value);
        m_filledByLookup.insert(field->id);
    }
    journal(m_filledByLookup.values());
    rebuildScreens();
    fillModel();
    setStage(Stage::Fill);
    Q_EMIT lookupChanged();
    return true;
}

QString FormController::billPayee() const
{
    if (!m_bill)
        return {};
    const Bill &first = m_bill->bills.constFirst();
    return QLocale().language() == QLocale::Chinese ? first.payeeZh : first.payeeEn;
}

QString FormController::billHolder() const
{
    return m_bill ? m_bill->bills.constFirst().holder : QString();
}

QString FormController::billTotal() const
{
    // A sum is worth a line of its own only when there is more than one bill.
    return m_bill && m_bill->bills.size() > 1 ? tr("Total: %1").arg(m_bill->total.format(QLocale())) : QString();
}

QVariantList FormController::bills() const
{
    QVariantList out;
    if (!m_bill)
        return out;
    for (const Bill &bill : m_bill->bills)
        out.append(QVariant::fromValue(BillLine{bill.period,
                                                tr("Due %1").arg(bill.dueDate.toString(Qt::ISODate)),
                                                bill.amount.format(QLocale())}));
    return out;
}

QList<ReviewLine> FormController::reviewLines() const
{
    QList<ReviewLine> out;
    const ServiceDefinition *s = service();
    if (!s)
        return out;
    for (const FieldDefinition &field : s->form.allFields()) {
        const QString shown = FieldText::review(field, m_values.value(field.id));
        if (shown.isEmpty())
            continue;
        const bool editable = !field.readOnly && !m_filledByLookup.contains(field.id);
        out.append({field.id, field.label.text(), shown, editable});
    }
    return out;
}

std::optional<Money> FormController::amount() const
{
    const ServiceDefinition *s = service();
    return s ? submissionAmount(*s, m_values).amount : std::nullopt;
}

QString FormController::amountText() const
{
    return m_amountText;
}

void FormController::updateAmount()
{
    const std::optional<Money> a = amount();
    const QString text = a ? a->format(QLocale()) : QString();
    if (text == m_amountText)
        return;
    m_amountText = text;
    Q_EMIT amountChanged();
}

bool FormController::needsSignature() const
{
    return m_steps.needsSignature();
}

QString FormController::confirmText() const
{
    if (needsSignature())
        return tr("Correct, continue to sign");
    if (authorizationNeeded())
        return tr("Correct, continue to staff authorization");
    return m_steps.has(FlowStep::Pay) ? tr("Correct, continue to pay") : tr("Correct, submit");
}

QString FormController::signedText() const
{
    if (authorizationNeeded())
        return tr("Continue to staff authorization");
    return m_steps.has(FlowStep::Pay) ? tr("Continue to pay") : tr("Submit");
}

QString FormController::statusText() const
{
    return m_busy ? tr("Saving your request. Please wait.") : QString();
}

void FormController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

bool FormController::confirmReview()
{
    if (m_stage != Stage::Review || m_busy)
        return false;
    if (!checkWholeForm())
        return false;
    if (m_reviewGuard && !m_reviewGuard())
        return false;
    if (needsSignature()) {
        setStage(Stage::Sign);
        return true;
    }
    return submit();
}

void FormController::setSubmitError(const QString &message)
{
    m_submitError = message;
    Q_EMIT submitErrorChanged();
}

bool FormController::submit()
{
    const ServiceDefinition *s = service();
    const bool signing = m_stage == Stage::Sign;
    const bool authorizing = m_stage == Stage::Authorize;
    const bool paying = m_stage == Stage::Pay;
    if (m_busy || !s || !(signing || authorizing || paying || (m_stage == Stage::Review && !needsSignature())))
        return false;
    if ((paying && !m_payment) || (authorizing && !m_authorization))
        return false;
    if (signing && m_signature->isEmpty()) {
        setSubmitError(tr("Please sign in the box before you submit."));
        return false;
    }
    if (!m_backends.submitter || !m_backends.session) {
        setSubmitError(tr("Requests cannot be saved at this counter right now. Please ask at the service desk."));
        return false;
    }
    if (!checkWholeForm())
        return false;
    if (authorizationNeeded() && !m_authorization) {
        // Approved first: the request carries the authorization, and pays after.
        setSubmitError({});
        setStage(Stage::Authorize);
        return true;
    }
    if (m_steps.has(FlowStep::Pay) && !paying) {
        // Paid first, stored after: the request carries its payment.
        setSubmitError({});
        setStage(Stage::Pay);
        return true;
    }

    SubmissionOrder order;
    order.service = *s;
    order.values = m_values;
    order.sessionId = m_backends.session->id();
    order.prefillReference = m_prefillReference;
    order.paymentRequired = m_steps.has(FlowStep::Pay);
    order.payment = m_payment;
    order.authorizationRequired = authorizationNeeded();
    order.authorization = m_authorization;
    if (needsSignature()) {
        order.signaturePng = m_signature->toPng();
        order.signatureStrokes = m_signature->toJson();
    }
    // Every warning stood beside its field, and the customer went on.
    order.warningsConfirmed = true;
    order.locale = QLocale();
    // Care mode prints the receipt in large type.
    order.largePrint = m_careMode;
    setSubmitError({});
    setBusy(true);
    // The commit (an fsync) and the PDF run on the submission worker; the
    // receipt follows in takeOutcome(), then goes to the printer.
    m_ticket = m_backends.submitter->submit(order);
    return true;
}

void FormController::takeOutcome(qint64 ticket, const SubmissionResult &outcome)
{
    // A visit that ended meanwhile: its request is stored, nobody waits for it.
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    setBusy(false);
    if (!outcome.ok()) {
        qCWarning(lcUi) << "submission refused:" << outcome.error().reason;
        if (outcome.error().reason == FlowReason::InvalidForm && !checkWholeForm())
            return; // the customer is on the page with the problem
        setSubmitError(outcome.error().message);
        return;
    }
    const SubmittedRequest &stored = outcome.value();
    if (!stored.receiptReason.isEmpty())
        qCWarning(lcUi) << "request stored, receipt file not written:" << stored.receiptReason;
    m_receiptNumber = stored.stored.receiptNumber;
    m_receiptPath = stored.receiptPath;
    m_receiptQr = QrCode::render(stored.receipt.verificationPayload);
    qCInfo(lcUi) << "submission stored for service" << m_serviceId;
    Q_EMIT receiptChanged();
    setStage(Stage::Receipt);
    // Off the GUI thread; the receipt screen follows its progress.
    m_printing->start(m_receiptPath, m_receiptNumber, stored.receiptReason);
}

bool FormController::authorizationNeeded() const
{
    return m_steps.has(FlowStep::Authorize) && m_steps.needsAuthorization(amount());
}

QString FormController::sessionId() const
{
    return m_backends.session ? m_backends.session->id() : QString();
}

bool FormController::completeAuthorization(const AuthorizationRecord &record)
{
    if (m_stage != Stage::Authorize || m_busy)
        return false;
    const Money due = amount().value_or(Money(0));
    const AuthorizationStatement &st = record.statement;
    if (st.serviceId != m_serviceId || st.amountFen != due.fen() || st.currency != due.currency()
        || st.sessionId != sessionId())
        return false;
    m_authorization = record;
    return submit();
}

bool FormController::completePayment(const PaymentResult &payment)
{
    if (m_stage != Stage::Pay || m_busy)
        return false;
    if (payment.key.isEmpty()
        || (payment.state != PaymentState::Authorised && payment.state != PaymentState::Unknown))
        return false;
    m_payment = payment;
    return submit();
}

QString FormController::paymentText() const
{
    if (!m_payment || m_receiptNumber.isEmpty())
        return {};
    if (m_payment->state != PaymentState::Authorised)
        return tr("Your card payment is not confirmed yet. Do not pay again: the bank will confirm it, "
                  "and staff can check it with your receipt number.");
    return tr("Paid %1 with card %2, authorisation code %3.")
        .arg(m_amountText, m_payment->maskedCard, m_payment->authorisation);
}

QString FormController::receiptQrSource() const
{
    // The number in the URL makes each receipt a new image, not a cached one.
    return m_receiptNumber.isEmpty() ? QString() : QStringLiteral("image://receipt/qr/") + m_receiptNumber;
}

} // namespace branch
