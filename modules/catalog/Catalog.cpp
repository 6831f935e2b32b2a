#include "Catalog.h"

#include <algorithm>

namespace branch {

bool Catalog::addService(const ServiceDefinition &service)
{
    if (m_index.contains(service.id))
        return false;
    m_index.insert(service.id, m_services.size());
    m_services.append(service);
    return true;
}

const ServiceDefinition *Catalog::service(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_services.at(it.value());
}

QList<ServiceDefinition> Catalog::services() const
{
    QList<ServiceDefinition> all;
    all.reserve(m_services.size());
    for (const CategoryDefinition &category : m_categories)
        all.append(servicesInCategory(category.id));
    return all;
}

QList<ServiceDefinition> Catalog::servicesByUse(const QString &categoryId) const
{
    QList<ServiceDefinition> listed = servicesInCategory(categoryId);
    std::stable_sort(listed.begin(), listed.end(), [this](const ServiceDefinition &a, const ServiceDefinition &b) {
        return monthlyUses(a.id) > monthlyUses(b.id);
    });
    return listed;
}

QList<ServiceDefinition> Catalog::servicesInCategory(const QString &categoryId) const
{
    QList<ServiceDefinition> found;
    for (const ServiceDefinition &service : m_services) {
        if (service.category == categoryId)
            found.append(service);
    }
    std::sort(found.begin(), found.end(),
              [](const ServiceDefinition &a, const ServiceDefinition &b) { return a.id < b.id; });
    return found;
}

QStringList Catalog::ids() const
{
    QStringList result;
    for (const ServiceDefinition &service : services())
        result.append(service.id);
    return result;
}

QList<CategoryDefinition> Catalog::categoriesInGroup(const QString &groupId) const
{
    QList<CategoryDefinition> found;
    for (const CategoryDefinition &category : m_categories) {
        if (category.group == groupId)
            found.append(category);
    }
    return found;
}

const CategoryDefinition *Catalog::category(const QString &id) const
{
    for (const CategoryDefinition &category : m_categories) {
        if (category.id == id)
            return &category;
    }
    return nullptr;
}

} // namespace branch
