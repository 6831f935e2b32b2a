#include "CrossFieldChecker.h"

#include "DateValue.h"
#include "FormValue.h"

namespace branch {
namespace {

// True when the rule holds, or cannot be judged yet because a value is missing.
bool holds(const CrossFieldRule &rule, const FieldDefinition &field, const FieldDefinition &other,
           const QJsonValue &fieldValue, const QJsonValue &otherValue)
{
    const bool fieldMissing = isMissingValue(field.type, fieldValue);
    const bool otherMissing = isMissingValue(other.type, otherValue);
    switch (rule.type) {
    case CrossFieldRuleType::RequiredIf:
        if (otherMissing)
            return true;
        if (!rule.value.isEmpty() && scalarText(otherValue) != rule.value)
            return true;
        return !fieldMissing;
    case CrossFieldRuleType::DateAfter: {
        if (fieldMissing || otherMissing)
            return true;
        const auto later = parseFormDate(fieldValue.toString(), field.checks.precision);
        const auto earlier = parseFormDate(otherValue.toString(), other.checks.precision);
        if (!later || !earlier)
            return true;
        // Coarser of the two precisions: a month is not "after" a day inside it.
        const DatePrecision precision = field.checks.precision == DatePrecision::Month
                || other.checks.precision == DatePrecision::Month
            ? DatePrecision::Month
            : DatePrecision::Day;
        return compareDates(*later, *earlier, precision) > 0;
    }
    case CrossFieldRuleType::NotGreaterThan: {
        if (fieldMissing || otherMissing)
            return true;
        const auto amount = exactInteger(fieldValue);
        const auto limit = exactInteger(otherValue);
        return !amount || !limit || *amount <= *limit;
    }
    case CrossFieldRuleType::Equals:
        if (fieldMissing || otherMissing)
            return true;
        return fieldValue == otherValue;
    }
    return true;
}

} // namespace

QList<FieldError> checkCrossFieldRules(const FormSchema &form, const QJsonObject &values,
                                       const QSet<QString> &blocked)
{
    QList<FieldError> errors;
    for (const CrossFieldRule &rule : form.rules) {
        const FieldDefinition *field = form.field(rule.field);
        const FieldDefinition *other = form.field(rule.other);
        if (!field || !other || blocked.contains(rule.field) || blocked.contains(rule.other))
            continue;
        if (holds(rule, *field, *other, values.value(rule.field), values.value(rule.other)))
            continue;
        FieldError error;
        error.fieldId = rule.field;
        error.reason = QStringLiteral("rule_") + crossFieldRuleTypeName(rule.type);
        error.ruleMessageZh = rule.message.zh;
        error.ruleMessageEn = rule.message.en;
        errors.append(error);
    }
    return errors;
}

} // namespace branch
