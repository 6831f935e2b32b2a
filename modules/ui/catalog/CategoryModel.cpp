#include "CategoryModel.h"

namespace branch {

CategoryModel::CategoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    rebuild();
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategoryInfo &info = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return categories::translatedName(info);
    case IdRole:
        return QString::fromLatin1(info.id);
    case GroupRole:
        return categories::groupKey(info.group);
    case AccentRole:
        return QString::fromLatin1(info.accent);
    case IconRole:
        return QStringLiteral("qrc:/BranchSuite/Icons/%1.svg").arg(QLatin1String(info.icon));
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryModel::roleNames() const
{
    return {{IdRole, "categoryId"}, {NameRole, "name"}, {GroupRole, "group"}, {AccentRole, "accent"}, {IconRole, "icon"}};
}

void CategoryModel::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    rebuild();
    Q_EMIT groupChanged();
}

void CategoryModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, NameRole});
    Q_EMIT languageChanged();
}

void CategoryModel::rebuild()
{
    const int before = rowCount();
    beginResetModel();
    m_rows.clear();
    for (const CategoryInfo &info : categories::shown()) {
        if (m_group.isEmpty() || categories::groupKey(info.group) == m_group)
            m_rows.append(info);
    }
    endResetModel();
    if (before != rowCount())
        Q_EMIT countChanged();
}

} // namespace branch
