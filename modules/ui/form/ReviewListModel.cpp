#include "ReviewListModel.h"

namespace branch {

ReviewListModel::ReviewListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewLine &line = m_lines.at(index.row());
    switch (role) {
    case FieldIdRole:
        return line.fieldId;
    case Qt::DisplayRole:
    case LabelRole:
        return line.label;
    case ValueRole:
        return line.value;
    case EditableRole:
        return line.editable;
    case LineRole:
        return QVariant::fromValue(line);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewListModel::roleNames() const
{
    return {{FieldIdRole, "fieldId"}, {LabelRole, "label"}, {ValueRole, "value"}, {EditableRole, "editable"},
            {LineRole, "line"}};
}

void ReviewListModel::setLines(const QList<ReviewLine> &lines)
{
    if (lines == m_lines)
        return;
    const qsizetype before = m_lines.size();
    beginResetModel();
    m_lines = lines;
    endResetModel();
    if (before != m_lines.size())
        Q_EMIT countChanged();
}

} // namespace branch
