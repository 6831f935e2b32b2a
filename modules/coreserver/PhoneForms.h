#pragma once

#include "Catalog.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace branch {

// What the phone page (H5, docs/phone.md) may ask core about forms: the
// services that allow prefill, each one's catalog schema exactly as the
// kiosk renders it, and the checks of modules/forms run on what the customer
// typed. The page itself checks nothing: every reason code and message comes
// from FormValidator, in the language the page asks for.
class PhoneForms
{
public:
    // The catalog core loaded, and the directories it came from: the schema
    // served is the service file's own "form", not a re-serialisation of it.
    PhoneForms(Catalog catalog, const QStringList &directories);
    // The catalog built into the binary.
    static PhoneForms embedded();

    // {"services":[{"id","name":{"zh","en"},"description":{"zh","en"}}, ...]}
    QJsonObject services() const;
    // {"id","name","description","materials":[...],"form":{...}}, or nullopt
    // for a service that does not exist or does not allow prefill.
    std::optional<QJsonObject> schema(const QString &serviceId) const;
    bool allowsPrefill(const QString &serviceId) const { return m_schemas.contains(serviceId); }
    const Catalog &catalog() const { return m_catalog; }

    struct Checked
    {
        bool valid = false;      // nothing blocks the form (warnings may remain)
        QJsonObject fields;      // fieldId -> {"reason","message","warning"}
    };
    // `values`: fieldId -> what was typed (a string; a list of photo ids for
    // a document; true/false or "true"/"false" for a consent). `only`: check
    // these fields alone (as the customer leaves each one); empty: the whole
    // form with its cross-field rules. Signatures and read-only fields are
    // the kiosk's and never asked of the phone. `language`: "zh_CN" or "en".
    Checked validate(const QString &serviceId, const QJsonObject &values, const QString &language,
                     const QStringList &only = {}) const;
    // The JSON value the form holds for what the phone sent, as the kiosk
    // converts typed text (modules/forms FieldInput).
    QJsonObject formValues(const ServiceDefinition &service, const QJsonObject &values) const;

    static bool isLanguage(const QString &code);

private:
    Catalog m_catalog;
    QHash<QString, QJsonObject> m_schemas;
};

} // namespace branch
