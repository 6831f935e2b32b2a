#pragma once

#include "FieldDefinition.h"
#include "JsonReader.h"
#include "ServiceDefinition.h"

#include <QJsonObject>

namespace branch {

// Reads "form": pages, fields with their checks, and cross-field rules. Every
// reference (a rule's fields, a money field's currency field, a document's
// material) must resolve inside the same file.
class FormParser
{
public:
    FormParser(JsonReader &reader, const QList<Material> &materials);

    FormSchema parse(const QJsonObject &form, const QString &path);

private:
    std::optional<FormPage> parsePage(const QJsonObject &page, const QString &path);
    std::optional<FieldDefinition> parseField(const QJsonObject &field, const QString &path);
    void parseChecks(const QJsonObject &checks, const QString &path, FieldDefinition &field);
    QString parseIdCardItem(const QJsonObject &object, const QString &path, FieldType type);
    void parseOptions(const QJsonObject &checks, const QString &path, FieldDefinition &field);
    void parseDate(const QJsonObject &checks, const QString &path, const char *key, QString &target);
    std::optional<CrossFieldRule> parseRule(const QJsonObject &rule, const QString &path, const FormSchema &form);
    void checkReferences(const FormSchema &form, const QString &path);
    void checkDocumentType(const FormSchema &form, const FieldDefinition &field, const QString &fieldPath);

    JsonReader &m_reader;
    const QList<Material> &m_materials;
    QStringList m_fieldIds;
    QStringList m_idCardItems; // one field per card item in a form
};

} // namespace branch
