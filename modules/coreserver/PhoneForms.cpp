#include "PhoneForms.h"

#include "CatalogLoader.h"
#include "FieldInput.h"
#include "FormValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTranslator>

namespace branch {

namespace {

QJsonObject localized(const LocalizedText &text)
{
    return {{QStringLiteral("zh"), text.zh}, {QStringLiteral("en"), text.en}};
}

bool phoneAnswers(const FieldDefinition &field)
{
    return field.type != FieldType::Signature && !field.readOnly;
}

// FieldError::message() speaks the process's language (its translator and
// QLocale's default). Core answers each request in the language it asks
// for, so the request's translator is installed on top for the call only.
// Core serves requests on one thread, so no other request sees the switch.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &code) : m_previous(QLocale())
    {
        if (m_translator.load(QStringLiteral(":/i18n/branchsuite_%1.qm").arg(code)))
            m_installed = QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(code));
    }
    ~ScopedLanguage()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previous);
    }
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QLocale m_previous;
    QTranslator m_translator;
    bool m_installed = false;
};

std::optional<QJsonObject> serviceFile(const QStringList &directories, const QString &id)
{
    for (const QString &directory : directories) {
        QFile file(QDir(directory).filePath(QStringLiteral("services/%1.json").arg(id)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (document.isObject())
            return document.object();
    }
    return std::nullopt;
}

} // namespace

PhoneForms::PhoneForms(Catalog catalog, const QStringList &directories) : m_catalog(std::move(catalog))
{
    const QList<ServiceDefinition> services = m_catalog.services();
    for (const ServiceDefinition &service : services) {
        if (!service.prefillAllowed || service.isAction())
            continue;
        const std::optional<QJsonObject> file = serviceFile(directories, service.id);
        if (!file)
            continue;
        QJsonArray materials;
        for (const Material &material : service.materials) {
            materials.append(QJsonObject{{QStringLiteral("id"), material.id},
                                         {QStringLiteral("name"), localized(material.name)},
                                         {QStringLiteral("required"), material.required},
                                         {QStringLiteral("upload"), material.upload}});
        }
        m_schemas.insert(service.id, {{QStringLiteral("id"), service.id},
                                      {QStringLiteral("name"), localized(service.name)},
                                      {QStringLiteral("description"), localized(service.description)},
                                      {QStringLiteral("materials"), materials},
                                      {QStringLiteral("form"), file->value(QStringLiteral("form")).toObject()}});
    }
}

PhoneForms PhoneForms::embedded()
{
    return PhoneForms(CatalogLoader::loadEmbedded().catalog, {CatalogLoader::embeddedPath()});
}

bool PhoneForms::isLanguage(const QString &code)
{
    return code == QLatin1String("zh_CN") || code == QLatin1String("en");
}

QJsonObject PhoneForms::services() const
{
    QJsonArray list;
    const QList<ServiceDefinition> services = m_catalog.services();
    for (const ServiceDefinition &service : services) {
        if (!m_schemas.contains(service.id))
            continue;
        list.append(QJsonObject{{QStringLiteral("id"), service.id},
                                {QStringLiteral("name"), localized(service.name)},
                                {QStringLiteral("description"), localized(service.description)}});
    }
    return {{QStringLiteral("services"), list}};
}

std::optional<QJsonObject> PhoneForms::schema(const QString &serviceId) const
{
    const auto found = m_schemas.constFind(serviceId);
    if (found == m_schemas.constEnd())
        return std::nullopt;
    return *found;
}

QJsonObject PhoneForms::formValues(const ServiceDefinition &service, const QJsonObject &values) const
{
    QJsonObject form;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldDefinition *field = service.form.field(it.key());
        const QJsonValue value = it.value();
        if (!field || !value.isString()) {
            form.insert(it.key(), value); // unknown keys and wrong types: the validator names them
            continue;
        }
        form.insert(it.key(), fieldinput::fromAnswer(*field, value.toString()).value);
    }
    return form;
}

PhoneForms::Checked PhoneForms::validate(const QString &serviceId, const QJsonObject &values,
                                         const QString &language, const QStringList &only) const
{
    Checked checked;
    const ServiceDefinition *service = m_catalog.service(serviceId);
    if (!service || !m_schemas.contains(serviceId))
        return checked;
    const QJsonObject form = formValues(*service, values);
    const FormValidator validator(*service);
    QList<FieldError> errors;
    if (only.isEmpty()) {
        errors = validator.validateForm(form);
    } else {
        for (const QString &fieldId : only)
            errors += validator.validateField(fieldId, form.value(fieldId), form);
    }
    const ScopedLanguage scoped(language);
    QList<FieldError> kept;
    for (const FieldError &error : std::as_const(errors)) {
        const FieldDefinition *field = service->form.field(error.fieldId);
        if (field && !phoneAnswers(*field))
            continue;
        kept.append(error);
        if (checked.fields.contains(error.fieldId))
            continue; // the first problem of a field is the one it shows
        checked.fields.insert(error.fieldId, QJsonObject{{QStringLiteral("reason"), error.reason},
                                                         {QStringLiteral("message"), error.message()},
                                                         {QStringLiteral("warning"), error.warning}});
    }
    checked.valid = FormValidator::isValid(kept);
    return checked;
}

} // namespace branch
