#pragma once

// Shared by the forms tests: the shipped catalog, a fixed "today", and a
// builder of valid answers for any field, derived from the field's checks.

#include "CatalogLoader.h"
#include "DateValue.h"
#include "FieldChecker.h"
#include "FormValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace formtest {

// The day the samples are made for. Fixed so data-driven rows never change
// with the calendar; tests that drive the kiosk's real clock set it to today.
inline QDate sampleDay = QDate(2025, 6, 15);

inline QDate today()
{
    return sampleDay;
}

inline const branch::Catalog &shippedCatalog()
{
    static const branch::CatalogLoadResult result = branch::CatalogLoader::loadDirectory(
        qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/resources/catalog"));
    return result.catalog;
}

inline const branch::ServiceDefinition &service(const QString &id)
{
    static const branch::ServiceDefinition none;
    const branch::ServiceDefinition *found = shippedCatalog().service(id);
    return found ? *found : none;
}

// Valid identifiers, their check characters worked out by hand.
inline QString residentId() { return QStringLiteral("11010519491231002X"); }
inline QString uscc() { return QStringLiteral("91110105MA01C4RD30"); }
inline QString bankCard() { return QStringLiteral("6222021234567890128"); }
inline QString mobile() { return QStringLiteral("13800138000"); }

// Text candidates covering the shapes the catalog's patterns ask for: names,
// case numbers, plates, VINs, decision numbers, account numbers, free text.
inline QStringList textCandidates()
{
    return {QStringLiteral("张三"),
            QStringLiteral("示例文本内容说明，用于测试表单。"),
            QStringLiteral("(2025)京0105民初1234号"),
            QStringLiteral("京A12345"),
            QStringLiteral("LSVAU2180N2183294"),
            QStringLiteral("183294"),
            QStringLiteral("110105202500123"),
            QStringLiteral("0101234567"),
            QStringLiteral("20250001"),
            QStringLiteral("HR20240001"),
            QStringLiteral("S202400101"),
            QStringLiteral("KD0000012345"),
            QStringLiteral("110105001001GB00001F00010001"),
            QStringLiteral("HT2025-0001"),
            QStringLiteral("ABC12345"),
            QStringLiteral("12345678")};
}

inline bool passes(const branch::FieldDefinition &field, const QJsonValue &value)
{
    return branch::FieldChecker(field, today()).check(value).isEmpty();
}

inline QJsonValue sampleText(const branch::FieldDefinition &field)
{
    const int minLength = field.checks.minLength.value_or(1);
    for (QString candidate : textCandidates()) {
        while (candidate.size() < minLength)
            candidate += candidate;
        if (passes(field, candidate))
            return candidate;
        if (passes(field, candidate.left(field.checks.maxLength.value_or(2000))))
            return candidate.left(field.checks.maxLength.value_or(2000));
    }
    return QJsonValue(); // no candidate fits: the caller's check fails and names the field
}

inline QJsonValue sampleDate(const branch::FieldDefinition &field)
{
    QDate date = today();
    if (!field.checks.minDate.isEmpty())
        date = std::max(date, branch::resolveDateLimit(field.checks.minDate, today()));
    if (!field.checks.maxDate.isEmpty())
        date = std::min(date, branch::resolveDateLimit(field.checks.maxDate, today()));
    const bool month = field.checks.precision == branch::DatePrecision::Month;
    return date.toString(month ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

inline QJsonValue sampleValue(const branch::FieldDefinition &field)
{
    using branch::FieldType;
    const branch::FieldChecks &c = field.checks;
    switch (field.type) {
    case FieldType::Text:
        return sampleText(field);
    case FieldType::Address:
        return QStringLiteral("北京市朝阳区建国路88号1单元101室").left(c.maxLength.value_or(120));
    case FieldType::Number:
        return double(c.min ? *c.min : (c.max ? std::min<qint64>(*c.max, 1) : 1));
    case FieldType::Money:
        return double(c.minFen ? *c.minFen : (c.maxFen ? std::min<qint64>(*c.maxFen, 10000) : 10000));
    case FieldType::Date:
        return sampleDate(field);
    case FieldType::Enum:
        return c.options.isEmpty() ? QJsonValue() : QJsonValue(c.options.constFirst().value);
    case FieldType::ResidentId:
    case FieldType::IdDocument: // every form's document type starts with the resident ID card
        return residentId();
    case FieldType::Uscc:
        return uscc();
    case FieldType::BankCard:
        return bankCard();
    case FieldType::Mobile:
        return mobile();
    case FieldType::Document:
        return QJsonArray{QStringLiteral("upload-0001")};
    case FieldType::Signature:
        return QStringLiteral("signature-0001");
    case FieldType::Consent:
        return true;
    }
    return {};
}

// Moves a date by one day or month.
inline QString shiftDate(const branch::FieldDefinition &field, const QString &text, int by)
{
    const bool month = field.checks.precision == branch::DatePrecision::Month;
    const QDate date = *branch::parseFormDate(text, field.checks.precision);
    const QDate moved = month ? date.addMonths(by) : date.addDays(by);
    return moved.toString(month ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

// Every field answered, then adjusted so that the cross-field rules hold.
inline QJsonObject sampleForm(const branch::ServiceDefinition &service)
{
    QJsonObject values;
    for (const branch::FieldDefinition &field : service.form.allFields())
        values.insert(field.id, sampleValue(field));
    for (const branch::CrossFieldRule &rule : service.form.rules) {
        const branch::FieldDefinition *field = service.form.field(rule.field);
        const branch::FieldDefinition *other = service.form.field(rule.other);
        switch (rule.type) {
        case branch::CrossFieldRuleType::Equals:
            values.insert(rule.field, values.value(rule.other));
            break;
        case branch::CrossFieldRuleType::NotGreaterThan:
            if (values.value(rule.field).toDouble() > values.value(rule.other).toDouble())
                values.insert(rule.other, values.value(rule.field));
            break;
        case branch::CrossFieldRuleType::DateAfter: {
            // Prefer an earlier `other`; if its own limits forbid that, move `field` later.
            const QString earlier = shiftDate(*other, values.value(rule.field).toString(), -1);
            if (passes(*other, earlier))
                values.insert(rule.other, earlier);
            else
                values.insert(rule.field, shiftDate(*field, values.value(rule.other).toString(), 1));
            break;
        }
        case branch::CrossFieldRuleType::RequiredIf:
            break; // every field is answered already
        }
    }
    return values;
}

inline QStringList describe(const QList<branch::FieldError> &errors)
{
    QStringList lines;
    for (const branch::FieldError &error : errors)
        lines << error.fieldId + QStringLiteral(": ") + error.reason + (error.warning ? QStringLiteral(" (warning)") : QString());
    return lines;
}

} // namespace formtest
