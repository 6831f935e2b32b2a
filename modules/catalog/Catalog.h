#pragma once

#include "ServiceDefinition.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace branch {

// One tile of the care-mode home screen (care-home.json): a service, whose
// detail page opens, or a category, whose list opens.
struct CareShortcut
{
    enum class Kind { Service, Category };
    Kind kind = Kind::Service;
    QString id;

    friend bool operator==(const CareShortcut &, const CareShortcut &) = default;
};

// The services a kiosk offers, after every file has passed the loader's checks.
// Lists keep the order of categories.json and, within a category, of the ids.
class Catalog
{
public:
    void setGroups(const QList<GroupDefinition> &groups) { m_groups = groups; }
    void setCategories(const QList<CategoryDefinition> &categories) { m_categories = categories; }
    // False when the id is already taken; the catalog keeps the first one.
    bool addService(const ServiceDefinition &service);

    const ServiceDefinition *service(const QString &id) const;
    bool contains(const QString &id) const { return m_index.contains(id); }
    QList<ServiceDefinition> services() const;
    QList<ServiceDefinition> servicesInCategory(const QString &categoryId) const;
    // How often each service is used a month across the branches (usage.json):
    // lists show the most used first. 0 for a service with no figure.
    void setMonthlyUses(const QHash<QString, qint64> &uses) { m_monthlyUses = uses; }
    qint64 monthlyUses(const QString &id) const { return m_monthlyUses.value(id); }
    // servicesInCategory(), most used first; ties keep the catalog's order.
    QList<ServiceDefinition> servicesByUse(const QString &categoryId) const;
    QStringList ids() const;
    // The care-mode home screen's tiles, in order (care-home.json); only
    // services and categories this catalog has.
    void setCareHome(const QList<CareShortcut> &shortcuts) { m_careHome = shortcuts; }
    QList<CareShortcut> careHome() const { return m_careHome; }
    qsizetype size() const { return m_services.size(); }
    bool isEmpty() const { return m_services.isEmpty(); }

    QList<GroupDefinition> groups() const { return m_groups; }
    QList<CategoryDefinition> categories() const { return m_categories; }
    QList<CategoryDefinition> categoriesInGroup(const QString &groupId) const;
    const CategoryDefinition *category(const QString &id) const;

private:
    QList<GroupDefinition> m_groups;
    QList<CategoryDefinition> m_categories;
    QList<ServiceDefinition> m_services;
    QHash<QString, qsizetype> m_index;
    QHash<QString, qint64> m_monthlyUses;
    QList<CareShortcut> m_careHome;
};

} // namespace branch
