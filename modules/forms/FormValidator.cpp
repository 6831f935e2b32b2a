#include "FormValidator.h"

#include "CrossFieldChecker.h"
#include "FieldChecker.h"
#include "FormValue.h"
#include "FormsLogging.h"
#include "Money.h"

#include <QSet>

namespace branch {
namespace {

// An unknown key is echoed back as the error's field, so a hostile payload
// cannot make it arbitrarily long.
constexpr qsizetype kMaxEchoedKey = 64;

FieldError unknownField(const QString &key)
{
    FieldError error;
    error.fieldId = key.left(kMaxEchoedKey);
    error.reason = QStringLiteral("unknown_field");
    return error;
}

} // namespace

FormValidator::FormValidator(const ServiceDefinition &service, QDate today)
    : m_service(service)
    , m_today(today)
{
}

QList<FieldError> FormValidator::validateField(const QString &fieldId, const QJsonValue &value,
                                               const QJsonObject &answers) const
{
    const FieldDefinition *field = m_service.form.field(fieldId);
    if (!field)
        return {unknownField(fieldId)};
    return FieldChecker(*field, m_today, documentOf(*field, answers)).check(value);
}

IdentifierKind FormValidator::documentOf(const FieldDefinition &field, const QJsonObject &answers)
{
    if (field.type != FieldType::IdDocument || field.checks.documentTypeField.isEmpty())
        return IdentifierKind::ResidentId;
    const QJsonValue chosen = answers.value(field.checks.documentTypeField);
    return parseIdentityDocument(chosen.toString()).value_or(IdentifierKind::ResidentId);
}

QList<FieldError> FormValidator::validateForm(const QJsonObject &values) const
{
    QList<FieldError> errors;
    QSet<QString> blocked;
    for (const FormPage &page : m_service.form.pages) {
        for (const FieldDefinition &field : page.fields) {
            const QList<FieldError> fieldErrors =
                FieldChecker(field, m_today, documentOf(field, values)).check(values.value(field.id));
            for (const FieldError &error : fieldErrors) {
                if (!error.warning)
                    blocked.insert(field.id);
            }
            errors.append(fieldErrors);
        }
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!m_service.form.field(it.key()))
            errors.append(unknownField(it.key()));
    }
    errors.append(checkCurrencies(values, blocked));
    errors.append(checkCrossFieldRules(m_service.form, values, blocked));
    // Field ids and reasons only: a log line never carries what was typed.
    if (!errors.isEmpty()) {
        QStringList reasons;
        for (const FieldError &error : std::as_const(errors))
            reasons.append(error.reason);
        qCDebug(lcForms) << m_service.id << "form has" << errors.size() << "problem(s):" << reasons;
    }
    return errors;
}

bool FormValidator::isValid(const QList<FieldError> &errors)
{
    for (const FieldError &error : errors) {
        if (!error.warning)
            return false;
    }
    return true;
}

QList<FieldError> FormValidator::checkCurrencies(const QJsonObject &values, const QSet<QString> &blocked) const
{
    // A money field whose currency comes from an enum (foreign exchange) is only
    // as good as that code; the option list is data, so the code is checked here.
    QList<FieldError> errors;
    for (const FormPage &page : m_service.form.pages) {
        for (const FieldDefinition &field : page.fields) {
            const QString &source = field.checks.currencyField;
            if (field.type != FieldType::Money || source.isEmpty() || blocked.contains(field.id)
                || blocked.contains(source))
                continue;
            const QJsonValue code = values.value(source);
            if (isMissingValue(FieldType::Enum, code) || isMissingValue(FieldType::Money, values.value(field.id)))
                continue;
            if (!Money::isValidCurrencyCode(code.toString())) {
                FieldError error;
                error.fieldId = field.id;
                error.reason = QStringLiteral("invalid_currency");
                errors.append(error);
            }
        }
    }
    return errors;
}

} // namespace branch
