#pragma once

#include "JsonReader.h"
#include "ServiceDefinition.h"

#include <QByteArray>
#include <QHash>

#include <optional>

namespace branch {

// Reads one service file strictly. A file with any problem yields no service:
// the issues say what to fix, and a half-understood service never reaches a customer.
class ServiceParser
{
public:
    static constexpr int kSchemaVersion = 1;

    // `categories` maps a category id to its group id; `expectedId` comes from the file name.
    ServiceParser(const QString &file, const QString &expectedId, const QHash<QString, QString> &categories);

    std::optional<ServiceDefinition> parse(const QByteArray &json);
    const QList<CatalogIssue> &issues() const { return m_reader.issues(); }

private:
    void parseHeader(const QJsonObject &root, ServiceDefinition &service);
    void parseKeywords(const QJsonObject &root, ServiceDefinition &service);
    void parseMaterials(const QJsonObject &root, ServiceDefinition &service);
    void parseFee(const QJsonObject &root, ServiceDefinition &service);
    void parseSteps(const QJsonObject &root, ServiceDefinition &service);
    void parseAuthorization(const QJsonObject &root, ServiceDefinition &service);
    void checkConsistency(const ServiceDefinition &service);
    void checkReadOnlySources(const ServiceDefinition &service);

    JsonReader m_reader;
    QString m_expectedId;
    const QHash<QString, QString> &m_categories;
};

} // namespace branch
