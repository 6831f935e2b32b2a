#include "IdCardFill.h"

namespace branch {

bool IdCardFill::applies(const ServiceDefinition &service)
{
    for (const FormPage &page : service.form.pages) {
        for (const FieldDefinition &field : page.fields) {
            if (!field.idCard.isEmpty())
                return true;
        }
    }
    return false;
}

Result<IdCardFill> IdCardFill::from(const ServiceDefinition &service, const IdCard &card, QDate today)
{
    if (const Result<void> usable = checkIdCard(card, today); !usable.ok())
        return usable.error();
    IdCardFill fill;
    fill.offerCareMode = offersCareMode(card, today);
    fill.age = card.ageOn(today);
    for (const FormPage &page : service.form.pages) {
        for (const FieldDefinition &field : page.fields) {
            if (field.idCard == u"name") {
                fill.values.insert(field.id, card.name);
            } else if (field.idCard == u"id_number") {
                fill.values.insert(field.id, card.idNumber);
                if (field.type == FieldType::IdDocument && !field.checks.documentTypeField.isEmpty())
                    fill.values.insert(field.checks.documentTypeField, QStringLiteral("resident_id"));
            }
        }
    }
    return fill;
}

} // namespace branch
