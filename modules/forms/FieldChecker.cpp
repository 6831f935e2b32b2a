#include "FieldChecker.h"

#include "DateValue.h"
#include "FormValue.h"
#include "IdentifierKind.h"
#include "TextChecks.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace branch {
namespace {

constexpr qsizetype kMaxReference = 128;

IdentifierKind identifierKindOf(FieldType type)
{
    switch (type) {
    case FieldType::ResidentId:
        return IdentifierKind::ResidentId;
    case FieldType::Uscc:
        return IdentifierKind::Uscc;
    case FieldType::BankCard:
        return IdentifierKind::BankCard;
    default:
        break;
    }
    return IdentifierKind::Mobile;
}

} // namespace

FieldChecker::FieldChecker(const FieldDefinition &field, QDate today, IdentifierKind document)
    : m_field(field)
    , m_today(today)
    , m_document(document)
{
}

FieldError FieldChecker::error(const QString &reason) const
{
    FieldError e;
    e.fieldId = m_field.id;
    e.reason = reason;
    e.label = m_field.label;
    e.hint = m_field.help;
    e.precision = m_field.checks.precision;
    return e;
}

QList<FieldError> FieldChecker::fail(const QString &reason, bool warning) const
{
    FieldError e = error(reason);
    e.warning = warning;
    return {e};
}

QList<FieldError> FieldChecker::failLength(const QString &reason, int minimum, int maximum, qsizetype actual) const
{
    FieldError e = error(reason);
    e.expectedMin = minimum;
    e.expectedMax = maximum;
    e.actualLength = int(std::min<qsizetype>(actual, kMaxTextInput + 1));
    return {e};
}

QList<FieldError> FieldChecker::failLimit(const QString &reason, qint64 limit) const
{
    FieldError e = error(reason);
    e.limit = limit;
    if (m_field.type == FieldType::Money)
        e.currency = m_field.checks.currency.isEmpty() ? QStringLiteral("CNY") : m_field.checks.currency;
    return {e};
}

QList<FieldError> FieldChecker::failDate(const QString &reason, const QDate &limit) const
{
    FieldError e = error(reason);
    e.dateLimit = limit;
    return {e};
}

QList<FieldError> FieldChecker::check(const QJsonValue &value) const
{
    // A cleared input sends "" whatever its type; that is a gap, not a wrong type.
    if (isMissingValue(m_field.type, value))
        return m_field.required ? fail(QStringLiteral("required")) : QList<FieldError>();
    switch (m_field.type) {
    case FieldType::Text:
    case FieldType::Address:
        return checkText(value);
    case FieldType::Number:
        return checkNumber(value);
    case FieldType::Money:
        return checkMoney(value);
    case FieldType::Date:
        return checkDate(value);
    case FieldType::Enum:
        return checkEnum(value);
    case FieldType::ResidentId:
    case FieldType::Uscc:
    case FieldType::BankCard:
    case FieldType::Mobile:
    case FieldType::IdDocument:
        return checkIdentifier(value);
    case FieldType::Document:
        return checkDocument(value);
    case FieldType::Signature:
        return checkSignature(value);
    case FieldType::Consent:
        return checkConsent(value);
    }
    return fail(QStringLiteral("wrong_type"));
}

QList<FieldError> FieldChecker::checkText(const QJsonValue &value) const
{
    if (!value.isString())
        return fail(QStringLiteral("wrong_type"));
    const QString text = value.toString();
    const FieldChecks &checks = m_field.checks;
    // Length first, so an oversized paste costs nothing more than its size.
    if (text.size() > kMaxTextInput
        || (checks.maxLength && characterCount(text) > *checks.maxLength))
        return failLength(QStringLiteral("too_long"), checks.minLength.value_or(0), checks.maxLength.value_or(0),
                          text.size() > kMaxTextInput ? text.size() : characterCount(text));
    // Only free text may span lines; an address or a name is one line on a receipt.
    const bool multiLine = m_field.type == FieldType::Text && checks.pattern.isEmpty();
    if (hasForbiddenCharacters(text, multiLine))
        return fail(QStringLiteral("control_characters"));
    if (checks.minLength && characterCount(text) < *checks.minLength)
        return failLength(QStringLiteral("too_short"), *checks.minLength, checks.maxLength.value_or(0),
                          characterCount(text));
    if (!checks.pattern.isEmpty()) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(checks.pattern),
                                         QRegularExpression::UseUnicodePropertiesOption);
        if (!pattern.match(text).hasMatch())
            return fail(QStringLiteral("pattern_mismatch"));
    }
    return {};
}

QList<FieldError> FieldChecker::checkNumber(const QJsonValue &value) const
{
    if (!value.isDouble())
        return fail(QStringLiteral("wrong_type"));
    const std::optional<qint64> number = exactInteger(value);
    if (!number)
        return fail(QStringLiteral("not_integer"));
    if (m_field.checks.min && *number < *m_field.checks.min)
        return failLimit(QStringLiteral("too_small"), *m_field.checks.min);
    if (m_field.checks.max && *number > *m_field.checks.max)
        return failLimit(QStringLiteral("too_large"), *m_field.checks.max);
    return {};
}

QList<FieldError> FieldChecker::checkMoney(const QJsonValue &value) const
{
    // "12.5" or 12.5 would mean a conversion somewhere, and money never goes
    // through one: the form holds integer fen or it is refused.
    if (value.isString())
        return fail(QStringLiteral("not_integer_fen"));
    if (!value.isDouble())
        return fail(QStringLiteral("wrong_type"));
    const std::optional<qint64> fen = exactInteger(value);
    if (!fen)
        return fail(QStringLiteral("not_integer_fen"));
    const qint64 minFen = m_field.checks.minFen.value_or(0);
    if (*fen < minFen)
        return failLimit(QStringLiteral("too_small"), minFen);
    if (m_field.checks.maxFen && *fen > *m_field.checks.maxFen)
        return failLimit(QStringLiteral("too_large"), *m_field.checks.maxFen);
    return {};
}

QList<FieldError> FieldChecker::checkDate(const QJsonValue &value) const
{
    if (!value.isString())
        return fail(QStringLiteral("wrong_type"));
    const FieldChecks &checks = m_field.checks;
    const std::optional<QDate> date = parseFormDate(value.toString(), checks.precision);
    if (!date)
        return fail(QStringLiteral("invalid_date"));
    if (!checks.minDate.isEmpty()) {
        const QDate limit = resolveDateLimit(checks.minDate, m_today);
        if (compareDates(*date, limit, checks.precision) < 0)
            return failDate(QStringLiteral("date_too_early"), limit);
    }
    if (!checks.maxDate.isEmpty()) {
        const QDate limit = resolveDateLimit(checks.maxDate, m_today);
        if (compareDates(*date, limit, checks.precision) > 0)
            return failDate(QStringLiteral("date_too_late"), limit);
    }
    return {};
}

QList<FieldError> FieldChecker::checkEnum(const QJsonValue &value) const
{
    if (!value.isString())
        return fail(QStringLiteral("wrong_type"));
    if (!m_field.option(value.toString()))
        return fail(QStringLiteral("unknown_option"));
    return {};
}

QList<FieldError> FieldChecker::checkIdentifier(const QJsonValue &value) const
{
    if (!value.isString())
        return fail(QStringLiteral("wrong_type"));
    const IdentifierKind kind = m_field.type == FieldType::IdDocument ? m_document : identifierKindOf(m_field.type);
    const ValidationResult result = validateIdentifier(kind, value.toString(), m_today);
    if (result.isValid())
        return {};
    FieldError e = error(result.reason);
    e.warning = result.isWarning();
    e.identifier = kind;
    e.expectedMin = result.expectedMin;
    e.expectedMax = result.expectedMax;
    e.actualLength = result.actualLength;
    return {e};
}

QList<FieldError> FieldChecker::checkDocument(const QJsonValue &value) const
{
    if (!value.isArray())
        return fail(QStringLiteral("wrong_type"));
    const QJsonArray files = value.toArray();
    if (files.size() > m_field.checks.maxFiles)
        return fail(QStringLiteral("too_many_files"));
    QSet<QString> seen;
    for (const auto &file : files) {
        if (!file.isString())
            return fail(QStringLiteral("wrong_type"));
        if (!isValidReference(file.toString()))
            return fail(QStringLiteral("invalid_reference"));
        if (seen.contains(file.toString()))
            return fail(QStringLiteral("duplicate_file"));
        seen.insert(file.toString());
    }
    return {};
}

QList<FieldError> FieldChecker::checkSignature(const QJsonValue &value) const
{
    if (!value.isString())
        return fail(QStringLiteral("wrong_type"));
    if (!isValidReference(value.toString()))
        return fail(QStringLiteral("invalid_reference"));
    return {};
}

QList<FieldError> FieldChecker::checkConsent(const QJsonValue &value) const
{
    if (!value.isBool())
        return fail(QStringLiteral("wrong_type"));
    if (m_field.required && !value.toBool())
        return fail(QStringLiteral("not_accepted"));
    return {};
}

bool FieldChecker::isValidReference(const QString &reference)
{
    if (reference.isEmpty() || reference.size() > kMaxReference)
        return false;
    for (qsizetype i = 0; i < reference.size(); ++i) {
        const char16_t c = reference.at(i).unicode();
        const bool alnum = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool punct = c == u'-' || c == u'_' || c == u'.' || c == u':';
        // A leading punctuation mark would allow "..", ":x" and other path-like shapes.
        if (!alnum && (!punct || i == 0))
            return false;
    }
    return !reference.contains(QStringLiteral(".."));
}

} // namespace branch
