#pragma once

#include "JsonReader.h"
#include "ServiceDefinition.h"

#include <QByteArray>

namespace branch {

// Reads categories.json: the groups (livelihood, banking, actions) and the
// categories inside them, in the order the home screen shows them.
class CategoryParser
{
public:
    explicit CategoryParser(const QString &file);

    // False when the file has any problem; the lists are then incomplete.
    bool parse(const QByteArray &json);
    const QList<CatalogIssue> &issues() const { return m_reader.issues(); }
    QList<GroupDefinition> groups() const { return m_groups; }
    QList<CategoryDefinition> categories() const { return m_categories; }

private:
    JsonReader m_reader;
    QList<GroupDefinition> m_groups;
    QList<CategoryDefinition> m_categories;
};

} // namespace branch
