#include "FormController.h"

#include "DocumentImageProvider.h"

#include "Catalog.h"
#include "Clock.h"
#include "FieldInput.h"
#include "JournalRepository.h"
#include "KioskSession.h"
#include "SubmissionAmount.h"
#include "SubmissionQueue.h"
#include "SignatureCapture.h"
#include "UiLog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace branch {

FormController::FormController(QObject *parent)
    : QObject(parent)
    , m_fields(new FieldListModel(this))
    , m_review(new ReviewListModel(this))
    , m_signature(new SignatureCapture(this))
    , m_printing(new ReceiptPrinting(this))
{
    // A new stroke answers "please sign first".
    connect(m_signature, &SignatureCapture::changed, this, [this] {
        if (!m_submitError.isEmpty() && m_stage == Stage::Sign)
            setSubmitError({});
    });
}

FormController::~FormController() = default;

void FormController::setBackends(const FlowBackends &backends)
{
    if (m_backends.submitter != backends.submitter) {
        if (m_backends.submitter)
            disconnect(m_backends.submitter, nullptr, this, nullptr);
        if (backends.submitter)
            connect(backends.submitter, &SubmissionQueue::finished, this, &FormController::takeOutcome);
    }
    m_backends = backends;
    m_printing->setQueue(backends.printer);
}

const ServiceDefinition *FormController::service() const
{
    return m_backends.catalog ? m_backends.catalog->service(m_serviceId) : nullptr;
}

bool FormController::showService(const QString &serviceId)
{
    if (serviceId == m_serviceId && m_stage == Stage::None)
        return service() != nullptr;
    clear();
    const ServiceDefinition *found = m_backends.catalog ? m_backends.catalog->service(serviceId) : nullptr;
    m_serviceId = found ? serviceId : QString();
    m_validator.reset();
    FlowOptions options;
    options.kioskTakesPayment = m_backends.kioskTakesPayment;
    options.kioskAuthorizes = m_backends.kioskAuthorizes;
    m_steps = found ? FlowSteps(*found, options) : FlowSteps();
    if (found) {
        const QDate today = m_backends.clock ? m_backends.clock->today() : QDate::currentDate();
        m_validator = std::make_unique<FormValidator>(*found, today);
    }
    rebuildScreens();
    fillModel();
    Q_EMIT serviceChanged();
    Q_EMIT textsChanged();
    return found != nullptr;
}

bool FormController::start()
{
    const ServiceDefinition *s = service();
    if (!s || !startable())
        return false;
    clear();
    setStage(m_steps.first() == FlowStep::LookupBill ? Stage::Lookup : Stage::Fill);
    return true;
}

void FormController::clear()
{
    m_values = {};
    m_texts.clear();
    m_errors.clear();
    m_confirmed.clear();
    m_filledByLookup.clear();
    setPrefillReference({});
    m_thumbnails.clear();
    m_unjournaled.clear();
    // A submission still being saved finishes on its own; its receipt is
    // not shown to the next customer.
    m_ticket = 0;
    setBusy(false);
    m_lookupError.clear();
    m_bill.reset();
    m_signature->clear();
    m_payment.reset();
    m_authorization.reset();
    m_submitError.clear();
    m_receiptNumber.clear();
    m_receiptPath.clear();
    m_receiptQr = {};
    m_printing->clear();
    m_screen = 0;
    setStage(Stage::None);
    rebuildScreens();
    fillModel();
    updateAmount();
    Q_EMIT lookupChanged();
    Q_EMIT submitErrorChanged();
    Q_EMIT receiptChanged();
    Q_EMIT screenChanged();
}

void FormController::setCareMode(bool care)
{
    if (care == m_careMode)
        return;
    // Stay on the question the customer was looking at.
    const QString current = m_screens.value(m_screen).value(0);
    journal(m_screens.value(m_screen));
    m_careMode = care;
    rebuildScreens();
    for (int i = 0; i < m_screens.size(); ++i) {
        if (m_screens.at(i).contains(current))
            m_screen = i;
    }
    fillModel();
    Q_EMIT screenChanged();
}

void FormController::retranslate()
{
    m_fields->retranslate();
    if (m_stage == Stage::Review)
        m_review->setLines(reviewLines());
    // Formatted in the new locale ("¥1,234.00" or "1,234.00 元").
    m_amountText.clear();
    updateAmount();
    Q_EMIT textsChanged();
    Q_EMIT serviceChanged();
    Q_EMIT screenChanged();
    Q_EMIT lookupChanged();
    Q_EMIT busyChanged();
    m_printing->retranslate();
}

bool FormController::shownByBill(const QString &fieldId) const
{
    return m_bill && m_filledByLookup.contains(fieldId)
        && (fieldId == kBillHolderField || fieldId == kBillAmountField);
}

void FormController::rebuildScreens()
{
    m_screens.clear();
    m_screen = 0;
    const ServiceDefinition *s = service();
    if (!s)
        return;
    // One group per page; in care mode one question per page, so nothing
    // competes for attention and the type can be large.
    for (const FormPage &page : s->form.pages) {
        QStringList ids;
        for (const FieldDefinition &field : page.fields) {
            // The bill summary above the questions already shows the holder
            // and the amount the biller gave: not a second time as locked rows.
            if (!shownByBill(field.id))
                ids.append(field.id);
        }
        if (ids.isEmpty())
            continue;
        if (m_careMode) {
            for (const QString &id : std::as_const(ids))
                m_screens.append({id});
        } else {
            m_screens.append(ids);
        }
    }
}

void FormController::fillModel()
{
    QList<FieldListModel::Row> rows;
    const ServiceDefinition *s = service();
    const QStringList ids = s ? m_screens.value(m_screen) : QStringList();
    for (const QString &id : ids) {
        const FieldDefinition *field = s->form.field(id);
        if (!field)
            continue;
        rows.append({field, m_filledByLookup.contains(id), m_texts.value(id), shownError(id),
                     FormValidator::documentOf(*field, m_values)});
    }
    m_fields->setRows(rows, m_careMode);
}

void FormController::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    m_backToReview = false;
    // An approval covers the answers as they were: back in the form, they may change.
    if (stage == Stage::Fill || stage == Stage::Review || stage == Stage::Lookup || stage == Stage::None)
        m_authorization.reset();
    // Built once as the review opens, from the answers as they are then.
    m_review->setLines(stage == Stage::Review ? reviewLines() : QList<ReviewLine>());
    Q_EMIT stageChanged();
    Q_EMIT screenChanged();
}

void FormController::setScreen(int screen)
{
    const int next = qBound(0, screen, int(m_screens.size()) - 1);
    if (next != m_screen) {
        m_screen = next;
        fillModel();
    }
    Q_EMIT screenChanged();
}

QString FormController::stepText() const
{
    switch (m_stage) {
    case Stage::Lookup:
        return tr("Find your bill");
    case Stage::Fill:
        return tr("Page %1 of %2: %3").arg(m_screen + 1).arg(m_screens.size()).arg(screenTitle());
    case Stage::Review:
        return tr("Check your answers");
    case Stage::Sign:
        return tr("Sign");
    case Stage::Authorize:
        return tr("Staff authorization");
    case Stage::Pay:
        return tr("Pay");
    case Stage::Receipt:
        return tr("Done");
    case Stage::None:
        break;
    }
    return {};
}

QString FormController::nextText() const
{
    return m_screen + 1 < m_screens.size() ? tr("Next") : tr("Review");
}

QString FormController::screenTitle() const
{
    const ServiceDefinition *s = service();
    const QString first = m_screens.value(m_screen).value(0);
    if (!s || first.isEmpty())
        return {};
    for (const FormPage &page : s->form.pages) {
        for (const FieldDefinition &field : page.fields) {
            if (field.id == first)
                return page.title.text();
        }
    }
    return {};
}

QMap<QString, QString> FormController::fieldErrors() const
{
    QMap<QString, QString> out;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (!it.value().isEmpty())
            out.insert(it.key(), it.value().constFirst().message());
    }
    return out;
}

void FormController::setText(const QString &fieldId, const QString &text)
{
    const ServiceDefinition *s = service();
    const FieldDefinition *field = s ? s->form.field(fieldId) : nullptr;
    if (!field || field->readOnly || m_filledByLookup.contains(fieldId) || m_stage != Stage::Fill)
        return;
    const fieldinput::Converted converted = fieldinput::fromText(*field, text);
    m_texts.insert(fieldId, text);
    store(*field, converted.value);
    if (!converted.reason.isEmpty()) {
        // Not an amount at all: core's own message says how one is written.
        FieldError error;
        error.fieldId = fieldId;
        error.reason = converted.reason;
        error.label = field->label;
        setFieldErrors(fieldId, {error});
        return;
    }
    setFieldErrors(fieldId, m_validator->validateField(fieldId, converted.value, m_values));
    dropResolvedRuleErrors();
}

void FormController::setChoice(const QString &fieldId, const QString &value)
{
    const ServiceDefinition *s = service();
    const FieldDefinition *field = s ? s->form.field(fieldId) : nullptr;
    if (!field || field->type != FieldType::Enum || m_stage != Stage::Fill)
        return;
    m_texts.insert(fieldId, value);
    store(*field, QJsonValue(value));
    journal({fieldId});
    setFieldErrors(fieldId, m_validator->validateField(fieldId, QJsonValue(value)));
    // A document type chosen: its number gets that document's keyboard and check.
    for (const FieldDefinition &other : s->form.allFields()) {
        if (other.type != FieldType::IdDocument || other.checks.documentTypeField != fieldId)
            continue;
        m_fields->setDocument(other.id, FormValidator::documentOf(other, m_values));
        if (m_values.contains(other.id))
            setFieldErrors(other.id, m_validator->validateField(other.id, m_values.value(other.id), m_values));
    }
    dropResolvedRuleErrors();
}

void FormController::setPrefillReference(const QString &reference)
{
    if (reference == m_prefillReference)
        return;
    m_prefillReference = reference;
    Q_EMIT prefilledChanged();
}

void FormController::fillAnswers(const QHash<QString, QString> &answers)
{
    const ServiceDefinition *s = service();
    for (auto it = answers.begin(); s && it != answers.end(); ++it) {
        const FieldDefinition *field = s->form.field(it.key());
        if (!field)
            continue;
        if (field->type == FieldType::Enum)
            setChoice(it.key(), it.value());
        else if (field->type == FieldType::Consent)
            setChecked(it.key(), it.value() == u"true");
        else if (field->type != FieldType::Document && field->type != FieldType::Signature)
            setText(it.key(), it.value());
    }
}

void FormController::setChecked(const QString &fieldId, bool checked)
{
    const ServiceDefinition *s = service();
    const FieldDefinition *field = s ? s->form.field(fieldId) : nullptr;
    if (!field || field->type != FieldType::Consent || m_stage != Stage::Fill)
        return;
    m_texts.insert(fieldId, checked ? QStringLiteral("true") : QString());
    store(*field, QJsonValue(checked));
    journal({fieldId});
    setFieldErrors(fieldId, m_validator->validateField(fieldId, QJsonValue(checked)));
    dropResolvedRuleErrors();
}

void FormController::presentOriginal(const QString &fieldId)
{
    const ServiceDefinition *s = service();
    const FieldDefinition *field = s ? s->form.field(fieldId) : nullptr;
    if (!field || field->type != FieldType::Document)
        return;
    // A reference that says where the document is: with the customer, for staff.
    attachDocument(fieldId, QStringLiteral("counter:original:%1").arg(field->checks.materialId));
}

QString FormController::documentThumbnailSource(const QString &fieldId) const
{
    if (!m_thumbnails.contains(fieldId))
        return {};
    return QStringLiteral("image://%1/%2/%3")
        .arg(QLatin1String(DocumentImageProvider::kProviderId), fieldId)
        .arg(m_thumbnails.value(fieldId).size());
}

void FormController::attachDocument(const QString &fieldId, const QString &reference, const QByteArray &thumbnail)
{
    const ServiceDefinition *s = service();
    const FieldDefinition *field = s ? s->form.field(fieldId) : nullptr;
    if (!field || field->type != FieldType::Document || m_stage != Stage::Fill)
        return;
    if (thumbnail.isEmpty())
        m_thumbnails.remove(fieldId);
    else
        m_thumbnails.insert(fieldId, thumbnail);
    const QJsonArray files{reference};
    m_texts.insert(fieldId, QStringLiteral("true"));
    store(*field, files);
    journal({fieldId});
    setFieldErrors(fieldId, m_validator->validateField(fieldId, files));
}

void FormController::store(const FieldDefinition &field, const QJsonValue &value)
{
    m_values.insert(field.id, value);
    m_unjournaled.insert(field.id);
    updateAmount();
}

void FormController::journal(const QStringList &ids)
{
    // The journal lets a crashed kiosk know a visit was under way, and the
    // visit's end erases it. Values are never logged, only stored.
    QList<JournalRecord> records;
    for (const QString &id : ids) {
        if (!m_unjournaled.remove(id))
            continue;
        const QJsonObject entry{{QStringLiteral("service"), m_serviceId},
                                {QStringLiteral("field"), id},
                                {QStringLiteral("value"), m_values.value(id)}};
        records.append({QStringLiteral("form_field"), QJsonDocument(entry).toJson(QJsonDocument::Compact)});
    }
    if (records.isEmpty() || !m_backends.journal || !m_backends.session)
        return;
    const auto written = m_backends.journal->appendBatch(m_backends.session->id(), records);
    if (!written.ok())
        qCWarning(lcUi) << "could not journal form fields:" << written.error.reason;
}

bool FormController::next()
{
    if (m_stage != Stage::Fill || !m_validator)
        return false;
    if (!checkScreen(m_screen))
        return false;
    if (m_backToReview && checkWholeForm()) {
        setStage(Stage::Review);
        return true;
    }
    if (m_screen + 1 < m_screens.size()) {
        setScreen(m_screen + 1);
        return true;
    }
    if (!checkWholeForm())
        return false;
    setStage(Stage::Review);
    return true;
}

bool FormController::editField(const QString &fieldId)
{
    if (m_stage != Stage::Review || m_busy || m_filledByLookup.contains(fieldId))
        return false;
    for (int i = 0; i < m_screens.size(); ++i) {
        if (!m_screens.at(i).contains(fieldId))
            continue;
        setStage(Stage::Fill);
        setScreen(i);
        m_backToReview = true;
        Q_EMIT editRequested(fieldId);
        return true;
    }
    return false;
}

bool FormController::back()
{
    // A submission being saved finishes first: "back" waits for its receipt.
    if (m_busy)
        return true;
    journal(m_screens.value(m_screen));
    switch (m_stage) {
    case Stage::Fill:
        if (m_screen > 0) {
            setScreen(m_screen - 1);
            return true;
        }
        if (m_steps.previous(FlowStep::Fill) == FlowStep::LookupBill) {
            setStage(Stage::Lookup);
            return true;
        }
        return false;
    case Stage::Review:
        setStage(Stage::Fill);
        setScreen(int(m_screens.size()) - 1);
        return true;
    case Stage::Sign:
        setStage(Stage::Review);
        return true;
    case Stage::Pay:
        // A payment under way is cancelled by the pay screen before it asks.
        // The authorization stays: the supervisor is not asked twice.
        if (authorizationNeeded()) {
            setStage(Stage::Authorize);
            return true;
        }
        setStage(needsSignature() ? Stage::Sign : Stage::Review);
        return true;
    case Stage::Authorize:
        setStage(needsSignature() ? Stage::Sign : Stage::Review);
        return true;
    case Stage::Lookup:
    case Stage::Receipt:
    case Stage::None:
        return false;
    }
    return false;
}

} // namespace branch
