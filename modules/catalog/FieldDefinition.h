#pragma once

#include "LocalizedText.h"

#include <QList>
#include <QString>

#include <optional>

namespace branch {

enum class FieldType {
    Text,
    Number,
    Money,
    Date,
    Enum,
    ResidentId,
    Uscc,
    BankCard,
    Mobile,
    Address,
    Document,
    Signature,
    Consent,
    // An identity document's number: the resident ID card, a passport, the
    // foreign permanent resident ID card or the Hong Kong, Macao and Taiwan
    // residence permit, as the form's documentTypeField says.
    IdDocument,
};

// The spelling used in catalog files ("resident_id"); nullopt for an unknown name.
std::optional<FieldType> fieldTypeFromName(const QString &name);
QString fieldTypeName(FieldType type);

struct EnumOption
{
    QString value;
    LocalizedText label;

    friend bool operator==(const EnumOption &, const EnumOption &) = default;
};

enum class DatePrecision { Day, Month };

// Which checks apply depends on the field type; the loader refuses a check that
// does not fit its type, so a form never carries one that would be ignored.
struct FieldChecks
{
    std::optional<int> minLength;           // text, address
    std::optional<int> maxLength;           // text, address (required there)
    QString pattern;                        // text: matched against the whole value
    std::optional<qint64> min;              // number
    std::optional<qint64> max;              // number
    std::optional<qint64> minFen;           // money
    std::optional<qint64> maxFen;           // money
    QString currency;                       // money: ISO 4217, CNY when not given
    QString currencyField;                  // money: an enum field holding the code instead
    QString minDate;                        // date: "today" or yyyy-MM-dd
    QString maxDate;                        // date: "today" or yyyy-MM-dd
    DatePrecision precision = DatePrecision::Day;
    QList<EnumOption> options;              // enum (at least one)
    QString materialId;                     // document: the material it uploads
    QString documentTypeField;              // id_document: the enum naming the document (core's names)
    int maxFiles = 1;                       // document

    friend bool operator==(const FieldChecks &, const FieldChecks &) = default;
};

struct FieldDefinition
{
    QString id;
    FieldType type = FieldType::Text;
    LocalizedText label;
    LocalizedText careLabel; // short label for care mode's one-question pages
    LocalizedText help;
    bool required = false;
    bool readOnly = false;   // shown but filled by the kiosk, e.g. an amount from a bill
    // What of the customer's resident ID card fills this field when the card
    // is read at the kiosk: "name" or "id_number"; empty for none.
    QString idCard;
    FieldChecks checks;

    const EnumOption *option(const QString &value) const;

    friend bool operator==(const FieldDefinition &, const FieldDefinition &) = default;
};

struct FormPage
{
    QString id;
    LocalizedText title;
    QList<FieldDefinition> fields;

    friend bool operator==(const FormPage &, const FormPage &) = default;
};

enum class CrossFieldRuleType {
    DateAfter,      // field is later than other
    NotGreaterThan, // field <= other (money or number)
    RequiredIf,     // field is required when other has a value (or exactly `value`)
    Equals,         // field repeats other, e.g. a confirmed card number
};

std::optional<CrossFieldRuleType> crossFieldRuleTypeFromName(const QString &name);
QString crossFieldRuleTypeName(CrossFieldRuleType type);

struct CrossFieldRule
{
    CrossFieldRuleType type = CrossFieldRuleType::Equals;
    QString field;
    QString other;
    QString value; // required_if only; empty means "any value"
    LocalizedText message;

    friend bool operator==(const CrossFieldRule &, const CrossFieldRule &) = default;
};

struct FormSchema
{
    QList<FormPage> pages;
    QList<CrossFieldRule> rules;

    const FieldDefinition *field(const QString &id) const;
    QList<FieldDefinition> allFields() const;
    qsizetype fieldCount() const;

    friend bool operator==(const FormSchema &, const FormSchema &) = default;
};

} // namespace branch
