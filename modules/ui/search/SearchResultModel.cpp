#include "SearchResultModel.h"

#include "Catalog.h"
#include "Categories.h"

namespace branch {

namespace {

QString categoryName(const Catalog *catalog, const QString &categoryId)
{
    // The home tiles' names first, so a result says what the tile says.
    if (const auto tile = categories::find(categoryId))
        return categories::translatedName(*tile);
    const CategoryDefinition *category = catalog ? catalog->category(categoryId) : nullptr;
    return category ? category->name.text() : QString();
}

} // namespace

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.service->id;
    case Qt::DisplayRole:
    case NameRole:
        return row.service->name.text();
    case CategoryRole:
        return row.service->category;
    case CategoryNameRole:
        return categoryName(m_catalog, row.service->category);
    case ScoreRole:
        return row.score;
    case IsActionRole:
        return row.service->isAction();
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {{IdRole, "serviceId"},         {NameRole, "name"},   {CategoryRole, "category"},
            {CategoryNameRole, "categoryName"}, {ScoreRole, "score"}, {IsActionRole, "isAction"}};
}

void SearchResultModel::setRows(const QList<Row> &rows)
{
    const int before = rowCount();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (before != rowCount())
        Q_EMIT countChanged();
}

QString SearchResultModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(row).service->id : QString();
}

void SearchResultModel::refresh()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {NameRole, CategoryNameRole, Qt::DisplayRole});
}

} // namespace branch
