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

Result<BillPrefill, FlowError> BillLookup::lookup(const ServiceDefinition &service, const QString &accountNumber,
                                                  const QDate &today) const
{
    if (service.fee.type != FeeRule::Type::Bill)
        return FlowError::of(FlowReason::NoBillLookup);
    const std::optional<BillerInfo> biller = billerFor(service);
    const QString account = accountNumber.trimmed();
    const BillLookupResult found = biller ? m_billers.lookup(biller->id, account)
                                          : BillLookupResult::failure(BillReason::UnknownBiller);
    if (!found.ok()) {
        qCInfo(lcFlow) << "bill look-up for" << service.id << "refused:" << found.reason;
        return FlowError{found.reason, found.message()};
    }
    Money total(0, found.bills.constFirst().amount.currency());
    for (const Bill &bill : found.bills) {
        const MoneyResult sum = total.checkedAdd(bill.amount);
        if (!sum.ok()) {
            qCWarning(lcFlow) << "bills of" << service.id << "cannot be added up:" << sum.reason;
            return FlowError{sum.reason, sum.message()};
        }
        total = *sum.value;
    }
    BillPrefill prefill{*biller, found.bills, total, {}};

    const FieldDefinition *first = service.form.pages.isEmpty() || service.form.pages.constFirst().fields.isEmpty()
        ? nullptr
        : &service.form.pages.constFirst().fields.constFirst();
    const FormValidator validator(service, today);
    if (first && first->type == FieldType::Text && validator.validateField(first->id, account).isEmpty())
        prefill.prefill.append({first->id, QJsonValue(account)});
    // The holder's name as the biller gave it, masked: the customer checks it, not types it.
    const QString holder = found.bills.constFirst().holder;
    const FieldDefinition *holderField = service.form.field(QString(kBillHolderField));
    if (holderField && !holder.isEmpty() && validator.validateField(holderField->id, holder).isEmpty())
        prefill.prefill.append({holderField->id, QJsonValue(holder)});
    if (const FieldDefinition *amountField = service.form.field(QString(kBillAmountField)))
        prefill.prefill.append({amountField->id, QJsonValue(total.fen())});
    return prefill;
}

} // namespace branch
