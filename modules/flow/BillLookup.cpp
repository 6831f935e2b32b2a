#include "BillLookup.h"

#include "FlowLogging.h"
#include "FlowReason.h"
#include "FormValidator.h"
#include "SubmissionAmount.h"

namespace branch {

BillLookup::BillLookup(const BillerDirectory &billers)
    : m_billers(billers)
{
}

std::optional<BillerInfo> BillLookup::billerFor(const ServiceDefinition &service) const
{
    const QList<BillerInfo> billers = m_billers.billers();
    for (const BillerInfo &biller : billers) {
        if (biller.serviceId == service.id)
            return biller;
    }
    for (const BillerInfo &biller : billers) {
        if (!service.fee.billerId.isEmpty() && biller.id == service.fee.billerId)
            return biller;
    }
    return std::nullopt;
}

QString BillLookup::accountLabel(const ServiceDefinition &service, const QLocale &locale) const
{
    const std::optional<BillerInfo> biller = billerFor(service);
    if (!biller)
        return {};
    return locale.language() == QLocale::Chinese ? biller->accountLabelZh : biller->accountLabelEn;
}

BillLookupOutcome BillLookup::lookup(const ServiceDefinition &service, const QString &accountNumber,
                                     const QDate &today) const
{
    BillLookupOutcome outcome;
    if (service.fee.type != FeeRule::Type::Bill) {
        outcome.reason = FlowReason::NoBillLookup;
        outcome.message = FlowMessages::messageFor(outcome.reason);
        return outcome;
    }
    outcome.biller = billerFor(service);
    const QString account = accountNumber.trimmed();
    const BillLookupResult found = outcome.biller ? m_billers.lookup(outcome.biller->id, account)
                                                  : BillLookupResult::failure(BillReason::UnknownBiller);
    if (!found.ok()) {
        qCInfo(lcFlow) << "bill look-up for" << service.id << "refused:" << found.reason;
        outcome.reason = found.reason;
        outcome.message = found.message();
        return outcome;
    }
    Money total(0, found.bills.constFirst().amount.currency());
    for (const Bill &bill : found.bills) {
        const MoneyResult sum = total.checkedAdd(bill.amount);
        if (!sum.ok()) {
            qCWarning(lcFlow) << "bills of" << service.id << "cannot be added up:" << sum.reason;
            outcome.reason = sum.reason;
            outcome.message = sum.message();
            return outcome;
        }
        total = *sum.value;
    }
    outcome.bills = found.bills;
    outcome.total = total;

    const FieldDefinition *first = service.form.pages.isEmpty() || service.form.pages.constFirst().fields.isEmpty()
        ? nullptr
        : &service.form.pages.constFirst().fields.constFirst();
    const FormValidator validator(service, today);
    if (first && first->type == FieldType::Text && validator.validateField(first->id, account).isEmpty())
        outcome.prefill.append({first->id, QJsonValue(account)});
    if (const FieldDefinition *amountField = service.form.field(QString(kBillAmountField)))
        outcome.prefill.append({amountField->id, QJsonValue(total.fen())});
    return outcome;
}

} // namespace branch
