#include "CategoryParser.h"

#include "ServiceParser.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace branch {

CategoryParser::CategoryParser(const QString &file)
    : m_reader(file)
{
}

bool CategoryParser::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_reader.fail(QString(), document.isNull() ? QStringLiteral("invalid_json") : QStringLiteral("not_an_object"));
        return false;
    }
    const QJsonObject root = document.object();
    m_reader.allowOnly(root, QString(), {"schemaVersion", "groups", "categories"});
    if (const std::optional<qint64> version = m_reader.integer(root, QString(), "schemaVersion")) {
        if (*version != ServiceParser::kSchemaVersion)
            m_reader.fail(QStringLiteral("schemaVersion"), QStringLiteral("unsupported_schema_version"));
    }
    QStringList groupIds;
    if (const std::optional<QJsonArray> groups = m_reader.array(root, QString(), "groups")) {
        const QString path = QStringLiteral("groups");
        for (qsizetype i = 0; i < groups->size(); ++i) {
            const QString itemPath = JsonReader::index(path, i);
            const std::optional<QJsonObject> item = m_reader.element(*groups, path, i);
            if (!item)
                continue;
            m_reader.allowOnly(*item, itemPath, {"id", "name"});
            const std::optional<QString> id = m_reader.identifier(*item, itemPath, "id");
            const std::optional<LocalizedText> name = m_reader.text(*item, itemPath, "name");
            if (id && groupIds.contains(*id))
                m_reader.fail(JsonReader::join(itemPath, QStringLiteral("id")), QStringLiteral("duplicate_id"));
            else if (id && name)
                m_groups.append(GroupDefinition{*id, *name});
            if (id)
                groupIds.append(*id);
        }
    }
    QStringList categoryIds;
    if (const std::optional<QJsonArray> categories = m_reader.array(root, QString(), "categories")) {
        const QString path = QStringLiteral("categories");
        for (qsizetype i = 0; i < categories->size(); ++i) {
            const QString itemPath = JsonReader::index(path, i);
            const std::optional<QJsonObject> item = m_reader.element(*categories, path, i);
            if (!item)
                continue;
            m_reader.allowOnly(*item, itemPath, {"id", "group", "name"});
            const std::optional<QString> id = m_reader.identifier(*item, itemPath, "id");
            const std::optional<QString> group = m_reader.identifier(*item, itemPath, "group");
            const std::optional<LocalizedText> name = m_reader.text(*item, itemPath, "name");
            if (group && !groupIds.contains(*group))
                m_reader.fail(JsonReader::join(itemPath, QStringLiteral("group")), QStringLiteral("unknown_group"));
            if (id && categoryIds.contains(*id))
                m_reader.fail(JsonReader::join(itemPath, QStringLiteral("id")), QStringLiteral("duplicate_id"));
            else if (id && group && name)
                m_categories.append(CategoryDefinition{*id, *group, *name});
            if (id)
                categoryIds.append(*id);
        }
    }
    return m_reader.ok();
}

} // namespace branch
