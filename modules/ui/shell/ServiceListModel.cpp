#include "ServiceListModel.h"

#include "Catalog.h"

namespace branch {

ServiceListModel::ServiceListModel(const Catalog *catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceDefinition *service = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return service->id;
    case Qt::DisplayRole:
    case NameRole:
        return service->name.text();
    case DescriptionRole:
        return service->description.text();
    case NeedsFormRole:
        return !service->isPureQuery();
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{IdRole, "serviceId"}, {NameRole, "name"}, {DescriptionRole, "description"},
            {NeedsFormRole, "needsForm"}};
}

void ServiceListModel::setCategoryId(const QString &categoryId)
{
    if (categoryId == m_categoryId)
        return;
    const int before = rowCount();
    beginResetModel();
    m_categoryId = categoryId;
    m_rows.clear();
    if (m_catalog && !categoryId.isEmpty()) {
        // Pointers into the catalog: it outlives the model and never changes
        // once the kiosk has loaded it.
        const QList<ServiceDefinition> listed = m_catalog->servicesByUse(categoryId);
        for (const ServiceDefinition &entry : listed) {
            const ServiceDefinition *service = m_catalog->service(entry.id);
            if (service && !service->isAction())
                m_rows.append(service);
        }
    }
    endResetModel();
    Q_EMIT categoryIdChanged();
    if (before != rowCount())
        Q_EMIT countChanged();
}

void ServiceListModel::refresh()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {NameRole, DescriptionRole, Qt::DisplayRole});
}

} // namespace branch
