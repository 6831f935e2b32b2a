#pragma once

#include "ServiceDefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace branch {

// One problem with one field. `reason` is a stable code (e.g. "required",
// "too_long", "checksum_mismatch", "rule_date_after"); message() is translated
// for the kiosk's current language. Never carries the value itself.
struct FieldError
{
    Q_DECLARE_TR_FUNCTIONS(FieldError)
public:
    QString fieldId;
    QString reason;
    QString ruleMessageZh; // cross-field rules bring their own zh/en text
    QString ruleMessageEn;
    bool warning = false;  // e.g. luhn_mismatch: the customer confirms, not a block

    QString message() const;
};

// The one set of checks for a service's form, shared by the kiosk, branchctl
// and (later) the phone page. Values are JSON as a form holds them: strings for
// text and identifiers, integer fen for money, "yyyy-MM-dd" or "yyyy-MM" dates,
// the option value for enums, true for consent, a list of upload references
// for a document and one reference for a signature (see FieldChecker).
class FormValidator
{
public:
    explicit FormValidator(const ServiceDefinition &service, QDate today = QDate::currentDate());

    // Checks one field as it is entered (required, type, checks).
    QList<FieldError> validateField(const QString &fieldId, const QJsonValue &value) const;
    // Checks the whole form: every field, unknown keys, and the cross-field rules.
    QList<FieldError> validateForm(const QJsonObject &values) const;

    // True when nothing in `errors` blocks the form: warnings only ask the
    // customer to confirm.
    static bool isValid(const QList<FieldError> &errors);

    const ServiceDefinition &service() const { return m_service; }
    QDate today() const { return m_today; }

private:
    QList<FieldError> checkCurrencies(const QJsonObject &values, const QSet<QString> &blocked) const;

    const ServiceDefinition &m_service;
    QDate m_today;
};

} // namespace branch
