#include "FormParser.h"

#include "IdentifierKind.h"

#include <QDate>
#include <QRegularExpression>

namespace branch {
namespace {

using Presence = JsonReader::Presence;

// Care mode shows one big question per page; a long label would wrap there.
constexpr qsizetype kCareLabelMaxZh = 10;
constexpr qsizetype kCareLabelMaxEn = 32;

QString at(const QString &path, const char *key)
{
    return JsonReader::join(path, QString::fromLatin1(key));
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Money || type == FieldType::Number;
}

} // namespace

FormParser::FormParser(JsonReader &reader, const QList<Material> &materials)
    : m_reader(reader)
    , m_materials(materials)
{
}

FormSchema FormParser::parse(const QJsonObject &form, const QString &path)
{
    FormSchema schema;
    m_reader.allowOnly(form, path, {"pages", "rules"});
    QStringList pageIds;
    if (const std::optional<QJsonArray> pages = m_reader.array(form, path, "pages")) {
        const QString pagesPath = at(path, "pages");
        for (qsizetype i = 0; i < pages->size(); ++i) {
            const QString pagePath = JsonReader::index(pagesPath, i);
            const std::optional<QJsonObject> object = m_reader.element(*pages, pagesPath, i);
            if (!object)
                continue;
            std::optional<FormPage> page = parsePage(*object, pagePath);
            if (!page)
                continue;
            if (pageIds.contains(page->id))
                m_reader.fail(at(pagePath, "id"), QStringLiteral("duplicate_page_id"));
            pageIds.append(page->id);
            schema.pages.append(*page);
        }
    }
    if (const std::optional<QJsonArray> rules = m_reader.array(form, path, "rules", Presence::Optional)) {
        const QString rulesPath = at(path, "rules");
        for (qsizetype i = 0; i < rules->size(); ++i) {
            if (const std::optional<QJsonObject> object = m_reader.element(*rules, rulesPath, i)) {
                if (std::optional<CrossFieldRule> rule = parseRule(*object, JsonReader::index(rulesPath, i), schema))
                    schema.rules.append(*rule);
            }
        }
    }
    checkReferences(schema, path);
    return schema;
}

std::optional<FormPage> FormParser::parsePage(const QJsonObject &object, const QString &path)
{
    m_reader.allowOnly(object, path, {"id", "title", "fields"});
    FormPage page;
    const std::optional<QString> id = m_reader.identifier(object, path, "id");
    const std::optional<LocalizedText> title = m_reader.text(object, path, "title");
    const std::optional<QJsonArray> fields = m_reader.array(object, path, "fields");
    if (fields) {
        const QString fieldsPath = at(path, "fields");
        if (fields->isEmpty())
            m_reader.fail(fieldsPath, QStringLiteral("empty"));
        for (qsizetype i = 0; i < fields->size(); ++i) {
            const QString fieldPath = JsonReader::index(fieldsPath, i);
            const std::optional<QJsonObject> element = m_reader.element(*fields, fieldsPath, i);
            if (!element)
                continue;
            if (std::optional<FieldDefinition> field = parseField(*element, fieldPath))
                page.fields.append(*field);
        }
    }
    if (!id || !title)
        return std::nullopt;
    page.id = *id;
    page.title = *title;
    return page;
}

std::optional<FieldDefinition> FormParser::parseField(const QJsonObject &object, const QString &path)
{
    m_reader.allowOnly(object, path, {"id", "type", "label", "careLabel", "help", "required", "readOnly", "idCard", "checks"});
    FieldDefinition field;
    const std::optional<QString> id = m_reader.identifier(object, path, "id");
    const std::optional<QString> typeName = m_reader.string(object, path, "type");
    std::optional<FieldType> type;
    if (typeName) {
        type = fieldTypeFromName(*typeName);
        if (!type)
            m_reader.fail(at(path, "type"), QStringLiteral("unknown_value"));
    }
    const std::optional<LocalizedText> label = m_reader.text(object, path, "label");
    const std::optional<LocalizedText> careLabel = m_reader.text(object, path, "careLabel");
    const std::optional<LocalizedText> help = m_reader.text(object, path, "help");
    const std::optional<bool> required = m_reader.boolean(object, path, "required");
    const std::optional<bool> readOnly = m_reader.boolean(object, path, "readOnly", Presence::Optional);
    if (careLabel) {
        if (careLabel->zh.size() > kCareLabelMaxZh)
            m_reader.fail(at(at(path, "careLabel"), "zh"), QStringLiteral("care_label_too_long"));
        if (careLabel->en.size() > kCareLabelMaxEn)
            m_reader.fail(at(at(path, "careLabel"), "en"), QStringLiteral("care_label_too_long"));
    }
    if (id) {
        if (m_fieldIds.contains(*id))
            m_reader.fail(at(path, "id"), QStringLiteral("duplicate_field_id"));
        m_fieldIds.append(*id);
    }
    if (!type)
        return std::nullopt;
    field.type = *type;
    const QJsonObject checks = m_reader.object(object, path, "checks", Presence::Optional).value_or(QJsonObject());
    parseChecks(checks, at(path, "checks"), field);
    if (!id)
        return std::nullopt;
    // A field with a bad label is still kept so that rules pointing at it do
    // not report a second, misleading unknown_field; the file is refused anyway.
    field.id = *id;
    field.label = label.value_or(LocalizedText());
    field.careLabel = careLabel.value_or(LocalizedText());
    field.help = help.value_or(LocalizedText());
    field.required = required.value_or(false);
    field.readOnly = readOnly.value_or(false);
    field.idCard = parseIdCardItem(object, path, field.type);
    return field;
}

QString FormParser::parseIdCardItem(const QJsonObject &object, const QString &path, FieldType type)
{
    const std::optional<QString> item = m_reader.string(object, path, "idCard", Presence::Optional);
    if (!item)
        return {};
    const QString where = at(path, "idCard");
    const bool fits = (*item == u"name" && type == FieldType::Text)
                      || (*item == u"id_number" && (type == FieldType::ResidentId || type == FieldType::IdDocument));
    if (*item != u"name" && *item != u"id_number")
        m_reader.fail(where, QStringLiteral("unknown_value"));
    else if (!fits)
        m_reader.fail(where, QStringLiteral("id_card_type_mismatch"));
    else if (m_idCardItems.contains(*item))
        m_reader.fail(where, QStringLiteral("duplicate_id_card_field"));
    else {
        m_idCardItems.append(*item);
        return *item;
    }
    return {};
}

void FormParser::parseChecks(const QJsonObject &checks, const QString &path, FieldDefinition &field)
{
    const QStringList known = {QStringLiteral("minLength"), QStringLiteral("maxLength"), QStringLiteral("pattern"),
                               QStringLiteral("min"),       QStringLiteral("max"),       QStringLiteral("minFen"),
                               QStringLiteral("maxFen"),    QStringLiteral("currency"),  QStringLiteral("currencyField"),
                               QStringLiteral("minDate"),   QStringLiteral("maxDate"),   QStringLiteral("precision"),
                               QStringLiteral("options"),   QStringLiteral("materialId"), QStringLiteral("maxFiles"),
                               QStringLiteral("documentTypeField")};
    QStringList allowed;
    switch (field.type) {
    case FieldType::Text:
        allowed = {QStringLiteral("minLength"), QStringLiteral("maxLength"), QStringLiteral("pattern")};
        break;
    case FieldType::Address:
        allowed = {QStringLiteral("minLength"), QStringLiteral("maxLength")};
        break;
    case FieldType::Number:
        allowed = {QStringLiteral("min"), QStringLiteral("max")};
        break;
    case FieldType::Money:
        allowed = {QStringLiteral("minFen"), QStringLiteral("maxFen"), QStringLiteral("currency"),
                   QStringLiteral("currencyField")};
        break;
    case FieldType::Date:
        allowed = {QStringLiteral("minDate"), QStringLiteral("maxDate"), QStringLiteral("precision")};
        break;
    case FieldType::Enum:
        allowed = {QStringLiteral("options")};
        break;
    case FieldType::Document:
        allowed = {QStringLiteral("materialId"), QStringLiteral("maxFiles")};
        break;
    case FieldType::IdDocument:
        allowed = {QStringLiteral("documentTypeField")};
        break;
    default:
        break; // identifiers, signatures and consents are checked by their type alone
    }
    // A check meant for another type would be silently ignored by the form, so it is an error.
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        if (!known.contains(it.key()))
            m_reader.fail(JsonReader::join(path, it.key()), QStringLiteral("unknown_key"));
        else if (!allowed.contains(it.key()))
            m_reader.fail(JsonReader::join(path, it.key()), QStringLiteral("check_not_allowed"));
    }
    FieldChecks &c = field.checks;
    auto intCheck = [&](const char *key, qint64 low, qint64 high) -> std::optional<qint64> {
        if (!allowed.contains(QString::fromLatin1(key)))
            return std::nullopt;
        const std::optional<qint64> value = m_reader.integer(checks, path, key, Presence::Optional);
        if (value && (*value < low || *value > high)) {
            m_reader.fail(at(path, key), QStringLiteral("out_of_range"));
            return std::nullopt;
        }
        return value;
    };
    constexpr qint64 kMaxFen = 100'000'000'000'00; // 100 billion yuan: far above any counter amount
    if (const auto v = intCheck("minLength", 0, 2000))
        c.minLength = static_cast<int>(*v);
    if (const auto v = intCheck("maxLength", 1, 2000))
        c.maxLength = static_cast<int>(*v);
    c.min = intCheck("min", -1'000'000'000, 1'000'000'000);
    c.max = intCheck("max", -1'000'000'000, 1'000'000'000);
    c.minFen = intCheck("minFen", 0, kMaxFen);
    c.maxFen = intCheck("maxFen", 0, kMaxFen);
    if (const auto v = intCheck("maxFiles", 1, 10))
        c.maxFiles = static_cast<int>(*v);

    if ((field.type == FieldType::Text || field.type == FieldType::Address) && !checks.contains(QStringLiteral("maxLength")))
        m_reader.fail(at(path, "maxLength"), QStringLiteral("missing"));
    if (c.minLength && c.maxLength && *c.minLength > *c.maxLength)
        m_reader.fail(at(path, "minLength"), QStringLiteral("min_greater_than_max"));
    if (c.min && c.max && *c.min > *c.max)
        m_reader.fail(at(path, "min"), QStringLiteral("min_greater_than_max"));
    if (c.minFen && c.maxFen && *c.minFen > *c.maxFen)
        m_reader.fail(at(path, "minFen"), QStringLiteral("min_greater_than_max"));

    if (allowed.contains(QStringLiteral("pattern"))) {
        if (const auto pattern = m_reader.string(checks, path, "pattern", Presence::Optional)) {
            if (!QRegularExpression(*pattern).isValid())
                m_reader.fail(at(path, "pattern"), QStringLiteral("invalid_pattern"));
            else
                c.pattern = *pattern;
        }
    }
    if (field.type == FieldType::Money) {
        c.currency = m_reader.currency(checks, path, "currency", Presence::Optional).value_or(QString());
        c.currencyField = m_reader.identifier(checks, path, "currencyField", Presence::Optional).value_or(QString());
        if (!c.currency.isEmpty() && !c.currencyField.isEmpty())
            m_reader.fail(at(path, "currencyField"), QStringLiteral("conflicts_with_currency"));
        if (c.currency.isEmpty() && c.currencyField.isEmpty())
            c.currency = QStringLiteral("CNY");
    }
    if (field.type == FieldType::Date) {
        parseDate(checks, path, "minDate", c.minDate);
        parseDate(checks, path, "maxDate", c.maxDate);
        if (const auto precision = m_reader.string(checks, path, "precision", Presence::Optional)) {
            if (*precision == u"month")
                c.precision = DatePrecision::Month;
            else if (*precision != u"day")
                m_reader.fail(at(path, "precision"), QStringLiteral("unknown_value"));
        }
    }
    if (field.type == FieldType::Enum)
        parseOptions(checks, path, field);
    if (field.type == FieldType::IdDocument)
        c.documentTypeField = m_reader.identifier(checks, path, "documentTypeField").value_or(QString());
    if (field.type == FieldType::Document) {
        const auto materialId = m_reader.identifier(checks, path, "materialId");
        if (materialId) {
            const Material *material = nullptr;
            for (const Material &candidate : m_materials)
                material = candidate.id == *materialId ? &candidate : material;
            if (!material)
                m_reader.fail(at(path, "materialId"), QStringLiteral("unknown_material"));
            else if (!material->upload)
                m_reader.fail(at(path, "materialId"), QStringLiteral("material_not_uploadable"));
            else
                c.materialId = *materialId;
        }
    }
}

void FormParser::parseDate(const QJsonObject &checks, const QString &path, const char *key, QString &target)
{
    const std::optional<QString> value = m_reader.string(checks, path, key, Presence::Optional);
    if (!value)
        return;
    if (*value != u"today" && !QDate::fromString(*value, Qt::ISODate).isValid()) {
        m_reader.fail(at(path, key), QStringLiteral("invalid_date"));
        return;
    }
    target = *value;
}

void FormParser::parseOptions(const QJsonObject &checks, const QString &path, FieldDefinition &field)
{
    const QString optionsPath = at(path, "options");
    if (!checks.contains(QStringLiteral("options"))) {
        m_reader.fail(optionsPath, QStringLiteral("enum_without_options"));
        return;
    }
    const std::optional<QJsonArray> options = m_reader.array(checks, path, "options");
    if (!options)
        return;
    if (options->isEmpty())
        m_reader.fail(optionsPath, QStringLiteral("enum_without_options"));
    for (qsizetype i = 0; i < options->size(); ++i) {
        const QString optionPath = JsonReader::index(optionsPath, i);
        const std::optional<QJsonObject> object = m_reader.element(*options, optionsPath, i);
        if (!object)
            continue;
        m_reader.allowOnly(*object, optionPath, {"value", "label"});
        const std::optional<QString> value = m_reader.string(*object, optionPath, "value");
        const std::optional<LocalizedText> label = m_reader.text(*object, optionPath, "label");
        if (!value || !label)
            continue;
        if (value->contains(QRegularExpression(QStringLiteral("\\s")))) {
            m_reader.fail(at(optionPath, "value"), QStringLiteral("invalid_option_value"));
            continue;
        }
        if (field.option(*value)) {
            m_reader.fail(at(optionPath, "value"), QStringLiteral("duplicate_option"));
            continue;
        }
        field.checks.options.append(EnumOption{*value, *label});
    }
}

std::optional<CrossFieldRule> FormParser::parseRule(const QJsonObject &object, const QString &path,
                                                    const FormSchema &form)
{
    m_reader.allowOnly(object, path, {"type", "field", "other", "value", "message"});
    const std::optional<QString> typeName = m_reader.string(object, path, "type");
    const std::optional<QString> fieldId = m_reader.identifier(object, path, "field");
    const std::optional<QString> otherId = m_reader.identifier(object, path, "other");
    const std::optional<LocalizedText> message = m_reader.text(object, path, "message");
    std::optional<CrossFieldRuleType> type;
    if (typeName) {
        type = crossFieldRuleTypeFromName(*typeName);
        if (!type)
            m_reader.fail(at(path, "type"), QStringLiteral("unknown_value"));
    }
    const FieldDefinition *field = fieldId ? form.field(*fieldId) : nullptr;
    const FieldDefinition *other = otherId ? form.field(*otherId) : nullptr;
    // An id that exists but whose field was refused has been reported already.
    if (fieldId && !field && !m_fieldIds.contains(*fieldId))
        m_reader.fail(at(path, "field"), QStringLiteral("unknown_field"));
    if (otherId && !other && !m_fieldIds.contains(*otherId))
        m_reader.fail(at(path, "other"), QStringLiteral("unknown_field"));
    if (field && other && field == other)
        m_reader.fail(at(path, "other"), QStringLiteral("same_field"));
    std::optional<QString> value;
    if (type == CrossFieldRuleType::RequiredIf)
        value = m_reader.string(object, path, "value", Presence::Optional);
    else if (object.contains(QStringLiteral("value")))
        m_reader.fail(at(path, "value"), QStringLiteral("not_allowed"));
    if (!type || !field || !other || field == other || !message)
        return std::nullopt;

    bool fits = true;
    switch (*type) {
    case CrossFieldRuleType::DateAfter:
        fits = field->type == FieldType::Date && other->type == FieldType::Date;
        break;
    case CrossFieldRuleType::NotGreaterThan:
        fits = isNumeric(field->type) && field->type == other->type;
        break;
    case CrossFieldRuleType::Equals:
        fits = field->type == other->type;
        break;
    case CrossFieldRuleType::RequiredIf:
        if (value && other->type == FieldType::Enum && !other->option(*value)) {
            m_reader.fail(at(path, "value"), QStringLiteral("unknown_option"));
            return std::nullopt;
        }
        break;
    }
    if (!fits) {
        m_reader.fail(at(path, "type"), QStringLiteral("rule_type_mismatch"));
        return std::nullopt;
    }
    return CrossFieldRule{*type, field->id, other->id, value.value_or(QString()), *message};
}

void FormParser::checkReferences(const FormSchema &form, const QString &path)
{
    for (qsizetype p = 0; p < form.pages.size(); ++p) {
        const QList<FieldDefinition> &fields = form.pages.at(p).fields;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            checkDocumentType(form, fields.at(f),
                              JsonReader::index(at(JsonReader::index(at(path, "pages"), p), "fields"), f));
            const QString &currencyField = fields.at(f).checks.currencyField;
            if (currencyField.isEmpty())
                continue;
            const FieldDefinition *target = form.field(currencyField);
            if (!target || target->type != FieldType::Enum) {
                const QString fieldPath =
                    JsonReader::index(at(JsonReader::index(at(path, "pages"), p), "fields"), f);
                m_reader.fail(at(at(fieldPath, "checks"), "currencyField"), QStringLiteral("unknown_field"));
            }
        }
    }
}

void FormParser::checkDocumentType(const FormSchema &form, const FieldDefinition &field, const QString &fieldPath)
{
    // The number's validator is chosen by the document named in that enum:
    // every option must be a document core can check.
    if (field.type != FieldType::IdDocument || field.checks.documentTypeField.isEmpty())
        return;
    const QString where = at(at(fieldPath, "checks"), "documentTypeField");
    const FieldDefinition *target = form.field(field.checks.documentTypeField);
    if (!target || target->type != FieldType::Enum) {
        m_reader.fail(where, QStringLiteral("unknown_field"));
        return;
    }
    for (const EnumOption &option : target->checks.options) {
        if (!parseIdentityDocument(option.value)) {
            m_reader.fail(where, QStringLiteral("unknown_document_type"));
            return;
        }
    }
}

} // namespace branch
