#include "FieldDefinition.h"

#include <array>
#include <utility>

namespace branch {
namespace {

constexpr std::array kFieldTypes{
    std::pair{FieldType::Text, "text"},
    std::pair{FieldType::Number, "number"},
    std::pair{FieldType::Money, "money"},
    std::pair{FieldType::Date, "date"},
    std::pair{FieldType::Enum, "enum"},
    std::pair{FieldType::ResidentId, "resident_id"},
    std::pair{FieldType::Uscc, "uscc"},
    std::pair{FieldType::BankCard, "bank_card"},
    std::pair{FieldType::Mobile, "mobile"},
    std::pair{FieldType::Address, "address"},
    std::pair{FieldType::Document, "document"},
    std::pair{FieldType::Signature, "signature"},
    std::pair{FieldType::Consent, "consent"},
    std::pair{FieldType::IdDocument, "id_document"},
};

constexpr std::array kRuleTypes{
    std::pair{CrossFieldRuleType::DateAfter, "date_after"},
    std::pair{CrossFieldRuleType::NotGreaterThan, "not_greater_than"},
    std::pair{CrossFieldRuleType::RequiredIf, "required_if"},
    std::pair{CrossFieldRuleType::Equals, "equals"},
};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    for (const auto &[value, text] : table) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, text] : table) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

} // namespace

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    return lookup(kFieldTypes, name);
}

QString fieldTypeName(FieldType type)
{
    return nameOf(kFieldTypes, type);
}

std::optional<CrossFieldRuleType> crossFieldRuleTypeFromName(const QString &name)
{
    return lookup(kRuleTypes, name);
}

QString crossFieldRuleTypeName(CrossFieldRuleType type)
{
    return nameOf(kRuleTypes, type);
}

const EnumOption *FieldDefinition::option(const QString &value) const
{
    for (const EnumOption &candidate : checks.options) {
        if (candidate.value == value)
            return &candidate;
    }
    return nullptr;
}

const FieldDefinition *FormSchema::field(const QString &id) const
{
    for (const FormPage &page : pages) {
        for (const FieldDefinition &candidate : page.fields) {
            if (candidate.id == id)
                return &candidate;
        }
    }
    return nullptr;
}

QList<FieldDefinition> FormSchema::allFields() const
{
    QList<FieldDefinition> fields;
    for (const FormPage &page : pages)
        fields.append(page.fields);
    return fields;
}

qsizetype FormSchema::fieldCount() const
{
    qsizetype count = 0;
    for (const FormPage &page : pages)
        count += page.fields.size();
    return count;
}

} // namespace branch
