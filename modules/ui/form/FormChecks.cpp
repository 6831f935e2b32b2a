// FormController, third part: the checks a page gets on "Next", warnings the
// customer confirms, cross-field rules judged as soon as both answers are
// in, and errors that go as soon as the answer is right. Every rule is
// FormValidator's; this only says which error a row shows.
#include "FormController.h"

#include "Catalog.h"
#include "UiLog.h"

#include <algorithm>

namespace branch {

void FormController::setFieldErrors(const QString &fieldId, const QList<FieldError> &errors)
{
    if (errors.isEmpty())
        m_errors.remove(fieldId);
    else
        m_errors.insert(fieldId, errors);
    // One row, once: the text just typed and its error together.
    m_fields->update(fieldId, m_texts.value(fieldId), shownError(fieldId));
}

std::optional<FieldError> FormController::shownError(const QString &fieldId) const
{
    const QList<FieldError> errors = m_errors.value(fieldId);
    if (errors.isEmpty())
        return std::nullopt;
    const FieldError &first = errors.constFirst();
    const auto confirmed = m_confirmed.constFind(fieldId);
    if (first.warning && confirmed != m_confirmed.cend() && *confirmed == m_values.value(fieldId))
        return std::nullopt;
    return first;
}

bool FormController::blocks(const QString &fieldId) const
{
    // A warning blocks until confirmed: shownError() hides it once it is.
    const std::optional<FieldError> shown = shownError(fieldId);
    return shown.has_value();
}

void FormController::confirmWarning(const QString &fieldId)
{
    const QList<FieldError> errors = m_errors.value(fieldId);
    if (m_stage != Stage::Fill || errors.isEmpty() || !errors.constFirst().warning)
        return;
    m_confirmed.insert(fieldId, m_values.value(fieldId));
    m_fields->update(fieldId, m_texts.value(fieldId), shownError(fieldId));
}

QList<FieldError> FormController::ruleErrors(const QString &fieldId, int screen) const
{
    QList<FieldError> out;
    const ServiceDefinition *s = service();
    if (!s)
        return out;
    const auto seen = [&](const QString &id) {
        for (int i = 0; i <= screen && i < m_screens.size(); ++i) {
            if (m_screens.at(i).contains(id))
                return true;
        }
        return false;
    };
    bool judged = false;
    for (const CrossFieldRule &rule : s->form.rules)
        judged = judged || (rule.field == fieldId && seen(rule.other));
    if (!judged)
        return out;
    const QList<FieldError> all = m_validator->validateForm(m_values);
    for (const FieldError &error : all) {
        if (error.fieldId != fieldId || !error.reason.startsWith(u"rule_"))
            continue;
        for (const CrossFieldRule &rule : s->form.rules) {
            if (rule.field == fieldId && seen(rule.other)
                && error.reason == QStringLiteral("rule_") + crossFieldRuleTypeName(rule.type)) {
                out.append(error);
                break;
            }
        }
    }
    return out;
}

void FormController::dropResolvedRuleErrors()
{
    if (!m_validator)
        return;
    QStringList withRuleErrors;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (!it.value().isEmpty() && it.value().constFirst().reason.startsWith(u"rule_"))
            withRuleErrors.append(it.key());
    }
    if (withRuleErrors.isEmpty())
        return;
    const QList<FieldError> all = m_validator->validateForm(m_values);
    for (const QString &id : std::as_const(withRuleErrors)) {
        const bool still = std::any_of(all.cbegin(), all.cend(), [&](const FieldError &e) {
            return e.fieldId == id && e.reason == m_errors.value(id).constFirst().reason;
        });
        if (!still)
            setFieldErrors(id, {});
    }
}

bool FormController::checkScreen(int screen)
{
    QString first;
    const QStringList ids = m_screens.value(screen);
    journal(ids);
    for (const QString &id : ids) {
        QList<FieldError> found = m_validator->validateField(id, m_values.value(id), m_values);
        // Text that is not an amount at all keeps core's clearer message.
        const FieldDefinition *field = service()->form.field(id);
        if (field && field->type == FieldType::Money && m_values.value(id).isString() && m_errors.contains(id))
            found = m_errors.value(id);
        // A field that passed its own checks may still break a rule with an
        // answer given on this page or an earlier one (an e-invoice needs the phone).
        if (FormValidator::isValid(found))
            found.append(ruleErrors(id, screen));
        setFieldErrors(id, found);
        if (first.isEmpty() && blocks(id))
            first = id;
    }
    if (!first.isEmpty())
        Q_EMIT errorShown(first);
    return first.isEmpty();
}

bool FormController::checkWholeForm()
{
    const QList<FieldError> found = m_validator->validateForm(m_values);
    QHash<QString, QList<FieldError>> byField;
    for (const FieldError &error : found) {
        if (!error.warning)
            byField[error.fieldId].append(error);
    }
    if (byField.isEmpty())
        return true;
    // Send the customer to the first page with a problem.
    for (int i = 0; i < m_screens.size(); ++i) {
        QString hit;
        for (const QString &id : m_screens.at(i)) {
            if (byField.contains(id)) {
                setFieldErrors(id, byField.value(id));
                if (hit.isEmpty())
                    hit = id;
            }
        }
        if (!hit.isEmpty()) {
            setStage(Stage::Fill);
            setScreen(i);
            Q_EMIT errorShown(hit);
            return false;
        }
    }
    qCWarning(lcUi) << "form refused for a field outside its pages:" << found.constFirst().reason;
    return false;
}

} // namespace branch
