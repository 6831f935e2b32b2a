#pragma once

#include "IdentifierKind.h"
#include "ServiceDefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace branch {

// One problem with one field. `reason` is a stable code (e.g. "required",
// "too_long", "checksum_mismatch", "rule_date_after"); message() is translated
// for the kiosk's current language and says what is expected ("月缴存基数不低于
// ¥2,300.00", "日期格式：2025-03"), so it carries the field's label and the limit
// it missed. Never carries the value itself: a length is all it keeps of it.
struct FieldError
{
    Q_DECLARE_TR_FUNCTIONS(FieldError)
public:
    QString fieldId;
    QString reason;
    QString ruleMessageZh; // cross-field rules bring their own zh/en text
    QString ruleMessageEn;
    bool warning = false;  // e.g. luhn_mismatch: the customer confirms, not a block

    LocalizedText label;   // the field's label, for "%1 must be at least %2"
    LocalizedText hint;    // the field's help: how a patterned text is written
    // Identifier checks: which validator, and its lengths (see ValidationResult).
    std::optional<IdentifierKind> identifier;
    // Lengths (text and identifiers): the allowed range and how many were typed.
    int expectedMin = 0;
    int expectedMax = 0;
    int actualLength = 0;
    // too_small / too_large: the limit (integer fen for money, with its currency).
    std::optional<qint64> limit;
    QString currency;      // money only
    // Dates: the precision says the format; dateLimit is the resolved bound.
    DatePrecision precision = DatePrecision::Day;
    QDate dateLimit;

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

    // Checks one field as it is entered (required, type, checks). `answers`
    // are the form's other answers, for a field whose check depends on one
    // (an id_document's number on the document chosen).
    QList<FieldError> validateField(const QString &fieldId, const QJsonValue &value,
                                    const QJsonObject &answers = {}) const;

    // The document an id_document field holds, as the form's answers name it;
    // the resident ID card until one is chosen.
    static IdentifierKind documentOf(const FieldDefinition &field, const QJsonObject &answers);
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
