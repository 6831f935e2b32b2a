#include "ServiceParser.h"

#include "FormParser.h"
#include "MoneyLiterals.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace branch {
namespace {

using Presence = JsonReader::Presence;

constexpr qint64 kMaxRetentionDays = 30 * 366;

bool isToneless(const QString &pinyin)
{
    bool wordStart = true;
    for (const QChar c : pinyin) {
        const char16_t u = c.unicode();
        if (u == u' ' && !wordStart) {
            wordStart = true;
            continue;
        }
        if (u < u'a' || u > u'z')
            return false;
        wordStart = false;
    }
    return !wordStart;
}

} // namespace

ServiceParser::ServiceParser(const QString &file, const QString &expectedId,
                             const QHash<QString, QString> &categories)
    : m_reader(file)
    , m_expectedId(expectedId)
    , m_categories(categories)
{
}

std::optional<ServiceDefinition> ServiceParser::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        m_reader.fail(QString(), QStringLiteral("invalid_json"));
        return std::nullopt;
    }
    if (!document.isObject()) {
        m_reader.fail(QString(), QStringLiteral("not_an_object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    m_reader.setFloatMoneyPaths(floatMoneyPaths(json));
    m_reader.allowOnly(root, QString(),
                       {"schemaVersion", "id", "kind", "category", "name", "description", "keywords", "eligibility",
                        "materials", "form", "fee", "steps", "authorization", "prefillAllowed", "prefillOffline", "retentionDays"});
    ServiceDefinition service;
    parseHeader(root, service);
    parseKeywords(root, service);
    parseMaterials(root, service);
    if (const std::optional<QJsonObject> form = m_reader.object(root, QString(), "form"))
        service.form = FormParser(m_reader, service.materials).parse(*form, QStringLiteral("form"));
    parseFee(root, service);
    parseSteps(root, service);
    parseAuthorization(root, service);
    service.prefillAllowed = m_reader.boolean(root, QString(), "prefillAllowed").value_or(false);
    // Optional: most services have no offline token.
    const bool offline = m_reader.boolean(root, QString(), "prefillOffline", Presence::Optional).value_or(false);
    service.prefillOffline = service.prefillAllowed && offline;
    if (const std::optional<qint64> days = m_reader.integer(root, QString(), "retentionDays")) {
        if (*days < 0 || *days > kMaxRetentionDays)
            m_reader.fail(QStringLiteral("retentionDays"), QStringLiteral("out_of_range"));
        else
            service.retentionDays = static_cast<int>(*days);
    }
    if (m_reader.ok())
        checkConsistency(service);
    if (!m_reader.ok())
        return std::nullopt;
    return service;
}

void ServiceParser::parseHeader(const QJsonObject &root, ServiceDefinition &service)
{
    if (const std::optional<qint64> version = m_reader.integer(root, QString(), "schemaVersion")) {
        if (*version != kSchemaVersion)
            m_reader.fail(QStringLiteral("schemaVersion"), QStringLiteral("unsupported_schema_version"));
    }
    if (const std::optional<QString> id = m_reader.string(root, QString(), "id")) {
        if (!JsonReader::isIdentifier(*id, true) || !id->contains(QLatin1Char('.')))
            m_reader.fail(QStringLiteral("id"), QStringLiteral("invalid_id"));
        else if (*id != m_expectedId)
            m_reader.fail(QStringLiteral("id"), QStringLiteral("id_does_not_match_file_name"));
        service.id = *id;
    }
    if (const std::optional<QString> kind = m_reader.string(root, QString(), "kind")) {
        if (*kind == u"action")
            service.kind = ServiceKind::Action;
        else if (*kind != u"service")
            m_reader.fail(QStringLiteral("kind"), QStringLiteral("unknown_value"));
    }
    if (const std::optional<QString> category = m_reader.string(root, QString(), "category")) {
        if (!m_categories.contains(*category))
            m_reader.fail(QStringLiteral("category"), QStringLiteral("unknown_category"));
        service.category = *category;
    }
    service.name = m_reader.text(root, QString(), "name").value_or(LocalizedText());
    service.description = m_reader.text(root, QString(), "description").value_or(LocalizedText());
    service.eligibility = m_reader.text(root, QString(), "eligibility").value_or(LocalizedText());
}

void ServiceParser::parseKeywords(const QJsonObject &root, ServiceDefinition &service)
{
    const std::optional<QJsonObject> keywords = m_reader.object(root, QString(), "keywords");
    if (!keywords)
        return;
    const QString path = QStringLiteral("keywords");
    m_reader.allowOnly(*keywords, path, {"zh", "en", "pinyin"});
    service.keywords.zh = m_reader.stringList(*keywords, path, "zh").value_or(QStringList());
    service.keywords.en = m_reader.stringList(*keywords, path, "en").value_or(QStringList());
    service.keywords.pinyin = m_reader.stringList(*keywords, path, "pinyin").value_or(QStringList());
    for (qsizetype i = 0; i < service.keywords.pinyin.size(); ++i) {
        if (!isToneless(service.keywords.pinyin.at(i)))
            m_reader.fail(JsonReader::index(QStringLiteral("keywords.pinyin"), i), QStringLiteral("invalid_pinyin"));
    }
}

void ServiceParser::parseMaterials(const QJsonObject &root, ServiceDefinition &service)
{
    const std::optional<QJsonArray> materials = m_reader.array(root, QString(), "materials");
    if (!materials)
        return;
    const QString path = QStringLiteral("materials");
    for (qsizetype i = 0; i < materials->size(); ++i) {
        const QString itemPath = JsonReader::index(path, i);
        const std::optional<QJsonObject> item = m_reader.element(*materials, path, i);
        if (!item)
            continue;
        m_reader.allowOnly(*item, itemPath, {"id", "name", "required", "upload"});
        const std::optional<QString> id = m_reader.identifier(*item, itemPath, "id");
        const std::optional<LocalizedText> name = m_reader.text(*item, itemPath, "name");
        const std::optional<bool> required = m_reader.boolean(*item, itemPath, "required");
        const std::optional<bool> upload = m_reader.boolean(*item, itemPath, "upload");
        if (id && service.material(*id)) {
            m_reader.fail(JsonReader::join(itemPath, QStringLiteral("id")), QStringLiteral("duplicate_material_id"));
            continue;
        }
        if (id && name && required && upload)
            service.materials.append(Material{*id, *name, *required, *upload});
    }
}

void ServiceParser::parseFee(const QJsonObject &root, ServiceDefinition &service)
{
    const std::optional<QJsonObject> fee = m_reader.object(root, QString(), "fee");
    if (!fee)
        return;
    const QString path = QStringLiteral("fee");
    const std::optional<QString> type = m_reader.string(*fee, path, "type");
    FeeRule &rule = service.fee;
    if (!type || *type == u"none") {
        m_reader.allowOnly(*fee, path, {"type"});
    } else if (*type == u"fixed") {
        rule.type = FeeRule::Type::Fixed;
        m_reader.allowOnly(*fee, path, {"type", "amountFen", "currency"});
        const std::optional<qint64> amount = m_reader.integer(*fee, path, "amountFen");
        rule.currency = m_reader.currency(*fee, path, "currency").value_or(QString());
        if (amount && *amount <= 0)
            m_reader.fail(JsonReader::join(path, QStringLiteral("amountFen")), QStringLiteral("out_of_range"));
        rule.amountFen = amount.value_or(0);
    } else if (*type == u"entered") {
        rule.type = FeeRule::Type::Entered;
        m_reader.allowOnly(*fee, path, {"type", "minFen", "maxFen", "currency", "field"});
        rule.minFen = m_reader.integer(*fee, path, "minFen").value_or(0);
        rule.maxFen = m_reader.integer(*fee, path, "maxFen").value_or(0);
        rule.currency = m_reader.currency(*fee, path, "currency").value_or(QString());
        rule.field = m_reader.identifier(*fee, path, "field").value_or(QString());
        if (rule.minFen < 0 || rule.minFen > rule.maxFen)
            m_reader.fail(JsonReader::join(path, QStringLiteral("minFen")), QStringLiteral("min_greater_than_max"));
        const FieldDefinition *field = rule.field.isEmpty() ? nullptr : service.form.field(rule.field);
        if (!rule.field.isEmpty() && (!field || field->type != FieldType::Money))
            m_reader.fail(JsonReader::join(path, QStringLiteral("field")), QStringLiteral("unknown_field"));
    } else if (*type == u"bill") {
        rule.type = FeeRule::Type::Bill;
        m_reader.allowOnly(*fee, path, {"type", "billerId"});
        rule.billerId = m_reader.identifier(*fee, path, "billerId").value_or(QString());
    } else {
        m_reader.fail(JsonReader::join(path, QStringLiteral("type")), QStringLiteral("unknown_value"));
    }
}

void ServiceParser::parseSteps(const QJsonObject &root, ServiceDefinition &service)
{
    const std::optional<QStringList> names = m_reader.stringList(root, QString(), "steps");
    if (!names)
        return;
    for (qsizetype i = 0; i < names->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("steps"), i);
        const std::optional<Step> step = stepFromName(names->at(i));
        if (!step) {
            m_reader.fail(path, QStringLiteral("unknown_value"));
            return;
        }
        // The enum lists the only order a flow may take; a step may not come back.
        if (!service.steps.isEmpty() && *step <= service.steps.constLast()) {
            m_reader.fail(path, QStringLiteral("step_out_of_order"));
            return;
        }
        service.steps.append(*step);
    }
}

void ServiceParser::parseAuthorization(const QJsonObject &root, ServiceDefinition &service)
{
    const std::optional<QJsonObject> auth = m_reader.object(root, QString(), "authorization");
    if (!auth)
        return;
    const QString path = QStringLiteral("authorization");
    const std::optional<QString> type = m_reader.string(*auth, path, "type");
    AuthorizationRule &rule = service.authorization;
    if (!type || *type == u"none") {
        m_reader.allowOnly(*auth, path, {"type"});
        return;
    }
    if (*type == u"staff") {
        rule.type = AuthorizationRule::Type::Staff;
    } else if (*type == u"remote") {
        rule.type = AuthorizationRule::Type::Remote;
    } else {
        m_reader.fail(JsonReader::join(path, QStringLiteral("type")), QStringLiteral("unknown_value"));
        return;
    }
    m_reader.allowOnly(*auth, path, {"type", "aboveFen", "currency"});
    rule.aboveFen = m_reader.integer(*auth, path, "aboveFen").value_or(0);
    rule.currency = m_reader.currency(*auth, path, "currency").value_or(QString());
    if (rule.aboveFen < 0)
        m_reader.fail(JsonReader::join(path, QStringLiteral("aboveFen")), QStringLiteral("out_of_range"));
}

// Checks that tie parts of the file together; run only once each part is sound,
// so one mistake is not reported twice.
void ServiceParser::checkConsistency(const ServiceDefinition &service)
{
    const QString steps = QStringLiteral("steps");
    const bool hasFields = service.form.fieldCount() > 0;
    if (service.hasStep(Step::Fill) && !hasFields)
        m_reader.fail(QStringLiteral("form.pages"), QStringLiteral("fill_step_without_fields"));
    if (!service.hasStep(Step::Fill) && hasFields)
        m_reader.fail(steps, QStringLiteral("fields_without_fill_step"));
    const bool charges = service.fee.type != FeeRule::Type::None;
    if (charges && !service.hasStep(Step::Pay))
        m_reader.fail(steps, QStringLiteral("pay_step_missing"));
    if (!charges && service.hasStep(Step::Pay))
        m_reader.fail(steps, QStringLiteral("pay_step_without_fee"));
    if (service.fee.type == FeeRule::Type::Bill && !service.hasStep(Step::LookupBill))
        m_reader.fail(steps, QStringLiteral("lookup_bill_step_missing"));
    const bool authorizes = service.authorization.type != AuthorizationRule::Type::None;
    if (authorizes && !service.hasStep(Step::Authorize))
        m_reader.fail(steps, QStringLiteral("authorize_step_missing"));
    if (!authorizes && service.hasStep(Step::Authorize))
        m_reader.fail(steps, QStringLiteral("authorize_step_without_rule"));
    checkReadOnlySources(service);
    const QString group = m_categories.value(service.category);
    if (service.isAction() != (group == u"actions"))
        m_reader.fail(QStringLiteral("category"), QStringLiteral("kind_category_mismatch"));
}

// A read-only field is shown, not typed. Only a bill look-up fills one: the
// account number (the form's first field) and the amount owed. A required
// read-only field nothing fills would leave the form impossible to finish.
void ServiceParser::checkReadOnlySources(const ServiceDefinition &service)
{
    const bool looksUpBill = service.fee.type == FeeRule::Type::Bill;
    for (qsizetype p = 0; p < service.form.pages.size(); ++p) {
        const QList<FieldDefinition> &fields = service.form.pages.at(p).fields;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const FieldDefinition &field = fields.at(f);
            if (!field.readOnly || !field.required)
                continue;
            const bool filled = looksUpBill && ((p == 0 && f == 0) || field.id == u"bill_amount");
            if (!filled) {
                m_reader.fail(QStringLiteral("form.pages[%1].fields[%2].readOnly").arg(p).arg(f),
                              QStringLiteral("read_only_field_without_source"));
            }
        }
    }
}

} // namespace branch
