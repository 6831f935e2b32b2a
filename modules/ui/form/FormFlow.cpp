// FormController, second half: what the detail page says, the bill look-up,
// the review, and the one submission that ends in a receipt.
#include "FormController.h"

#include "BillerDirectory.h"
#include "Catalog.h"
#include "Clock.h"
#include "FieldPresenter.h"
#include "KioskSession.h"
#include "Masking.h"
#include "QrCode.h"
#include "ReceiptDocument.h"
#include "ReceiptVerification.h"
#include "ReceiptWriter.h"
#include "SignatureCapture.h"
#include "SubmissionAmount.h"
#include "SubmissionRepository.h"
#include "UiLog.h"

#include <QDir>
#include <QLocale>

namespace branch {

namespace {

const BillerInfo *billerFor(const QList<BillerInfo> &billers, const ServiceDefinition &service)
{
    for (const BillerInfo &biller : billers) {
        if (biller.serviceId == service.id)
            return &biller;
    }
    for (const BillerInfo &biller : billers) {
        if (biller.id == service.fee.billerId)
            return &biller;
    }
    return nullptr;
}

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
    const ServiceDefinition *s = service();
    if (!s)
        return notes;
    if (s->hasStep(Step::VerifyId) || s->hasStep(Step::FaceVerify))
        notes.append(tr("Staff will check your ID card before your request is processed."));
    if (s->hasStep(Step::Authorize))
        notes.append(tr("Large amounts need a staff member's approval."));
    if (s->hasStep(Step::Pay))
        notes.append(tr("Payment is not taken at this screen: pay at the counter with your receipt number."));
    return notes;
}

bool FormController::startable() const
{
    const ServiceDefinition *s = service();
    return s && !s->isPureQuery() && !s->form.pages.isEmpty();
}

QString FormController::lookupLabel() const
{
    const ServiceDefinition *s = service();
    if (!s || !m_backends.billers)
        return {};
    const QList<BillerInfo> billers = m_backends.billers->billers();
    const BillerInfo *biller = billerFor(billers, *s);
    if (!biller)
        return {};
    return QLocale().language() == QLocale::Chinese ? biller->accountLabelZh : biller->accountLabelEn;
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
    const QList<BillerInfo> billers = m_backends.billers->billers();
    const BillerInfo *biller = billerFor(billers, *s);
    const QString account = accountNumber.trimmed();
    const BillLookupResult result = biller ? m_backends.billers->lookup(biller->id, account)
                                           : BillLookupResult::failure(BillReason::UnknownBiller);
    if (!result.ok()) {
        m_lookupError = result.message();
        Q_EMIT lookupChanged();
        return false;
    }
    // Every outstanding bill is paid together, as a counter clerk would.
    Money total(0, result.bills.constFirst().amount.currency());
    for (const Bill &bill : result.bills) {
        const MoneyResult sum = total.checkedAdd(bill.amount);
        if (!sum.ok()) {
            m_lookupError = sum.message();
            Q_EMIT lookupChanged();
            return false;
        }
        total = *sum.value;
    }
    m_lookupError.clear();
    Q_EMIT lookupChanged();
    clear();
    m_billTotal = total;
    // The account goes into the form's first text field when that field takes
    // it (the schema puts the customer number first); the amount into the
    // read-only bill field. Both are then locked.
    const FieldDefinition *first = s->form.pages.isEmpty() || s->form.pages.constFirst().fields.isEmpty()
        ? nullptr
        : &s->form.pages.constFirst().fields.constFirst();
    if (first && first->type == FieldType::Text && m_validator->validateField(first->id, account).isEmpty()) {
        m_texts.insert(first->id, account);
        store(*first, account);
        m_filledByLookup.insert(first->id);
    }
    if (const FieldDefinition *amountField = s->form.field(QString(kBillAmountField))) {
        m_texts.insert(amountField->id, fieldpresenter::displayValue(*amountField, total.fen()));
        store(*amountField, QJsonValue(total.fen()));
        m_filledByLookup.insert(amountField->id);
    }
    journal(m_filledByLookup.values());
    fillModel();
    setStage(Stage::Fill);
    return true;
}

QList<ReviewLine> FormController::reviewLines() const
{
    QList<ReviewLine> out;
    const ServiceDefinition *s = service();
    if (!s)
        return out;
    for (const FieldDefinition &field : s->form.allFields()) {
        const QJsonValue value = m_values.value(field.id);
        const QString shown = fieldpresenter::displayValue(field, value);
        if (shown.isEmpty())
            continue;
        out.append({field.id, field.label.text(), shown, fieldpresenter::isIdentifier(field.type)});
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

QString FormController::confirmText() const
{
    return needsSignature() ? tr("Correct, continue to sign") : tr("Correct, submit");
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

bool FormController::needsSignature() const
{
    const ServiceDefinition *s = service();
    return s && s->hasStep(Step::Sign);
}

bool FormController::confirmReview()
{
    if (m_stage != Stage::Review)
        return false;
    if (!checkWholeForm())
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
    if (m_busy || !s || !(signing || (m_stage == Stage::Review && !needsSignature())))
        return false;
    if (signing && m_signature->isEmpty()) {
        setSubmitError(tr("Please sign in the box before you submit."));
        return false;
    }
    if (!m_backends.submissions || !m_backends.session) {
        setSubmitError(tr("Requests cannot be saved at this counter right now. Please ask at the service desk."));
        return false;
    }
    if (!checkWholeForm())
        return false;
    const AmountResult charged = submissionAmount(*s, m_values);
    if (!charged.reason.isEmpty()) {
        qCWarning(lcUi) << "no amount for a validated form:" << charged.reason;
        setSubmitError(tr("The amount could not be worked out. Please ask at the service desk."));
        return false;
    }

    SubmissionRequest request;
    request.serviceId = s->id;
    request.sessionId = m_backends.session->id();
    request.fields = m_values;
    request.amount = charged.amount;
    QImage signatureImage;
    if (signing) {
        signatureImage = m_signature->render();
        request.signaturePng = m_signature->toPng();
        request.signatureStrokes = m_signature->toJson();
    }
    const auto stored = m_backends.submissions->submit(request);
    if (!stored.ok()) {
        qCWarning(lcUi) << "submission refused:" << stored.error.reason;
        setSubmitError(stored.error.message);
        return false;
    }
    setSubmitError({});
    m_receiptNumber = stored.value.receiptNumber;
    m_receiptPath = writeReceipt(stored.value.receiptNumber, stored.value.createdAt, signatureImage);
    qCInfo(lcUi) << "submission stored for service" << s->id;
    Q_EMIT receiptChanged();
    setStage(Stage::Receipt);
    return true;
}

QString FormController::writeReceipt(const QString &number, const QDateTime &createdAt, const QImage &signature)
{
    const ServiceDefinition *s = service();
    ReceiptDocument document;
    document.bankName = tr("BranchSuite Bank");
    document.branchName = tr("Self-service counter");
    document.serviceName = s->name.text();
    document.receiptNumber = number;
    document.issuedAt = createdAt;
    document.amount = amount();
    document.locale = QLocale();
    document.signature = signature;
    document.verificationPayload = ReceiptVerification::payload(number, createdAt, document.amount);
    for (const FieldDefinition &field : s->form.allFields()) {
        const QJsonValue value = m_values.value(field.id);
        if (value.isNull() || value.isUndefined() || field.type == FieldType::Document
            || field.type == FieldType::Consent)
            continue;
        // Anything a person typed may name them: the receipt keeps it masked.
        if (field.type == FieldType::Text || field.type == FieldType::Address || fieldpresenter::isIdentifier(field.type))
            document.addPersonalField(field.label.text(), value.toString());
        else
            document.addField(field.label.text(), fieldpresenter::displayValue(field, value));
    }
    m_receiptQr = QrCode::render(document.verificationPayload);

    QDir dir(m_backends.receiptDirectory);
    if (m_backends.receiptDirectory.isEmpty() || !dir.mkpath(QStringLiteral("."))) {
        qCWarning(lcUi) << "no directory for receipts";
        return {};
    }
    const QString path = dir.filePath(number + QStringLiteral(".pdf"));
    const ReceiptResult written = ReceiptWriter().write(document, path);
    if (!written.ok()) {
        qCWarning(lcUi) << "receipt PDF not written:" << written.reason;
        return {};
    }
    return path;
}

QString FormController::receiptQrSource() const
{
    // The number in the URL makes each receipt a new image, not a cached one.
    return m_receiptNumber.isEmpty() ? QString() : QStringLiteral("image://receipt/qr/") + m_receiptNumber;
}

} // namespace branch
