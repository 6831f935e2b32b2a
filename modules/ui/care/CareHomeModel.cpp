#include "CareHomeModel.h"

#include "Catalog.h"
#include "Categories.h"

namespace branch {
namespace {

// A service tile wears its category's colour and pictogram, so the same
// service looks the same in care mode and out of it.
std::optional<CategoryInfo> lookOf(const Catalog &catalog, const CareShortcut &shortcut)
{
    if (shortcut.kind == CareShortcut::Kind::Category)
        return categories::find(shortcut.id);
    const ServiceDefinition *service = catalog.service(shortcut.id);
    return service ? categories::find(service->category) : std::nullopt;
}

} // namespace

CareHomeModel::CareHomeModel(const Catalog *catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
}

int CareHomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : int(m_catalog->careHome().size());
}

QVariant CareHomeModel::data(const QModelIndex &index, int role) const
{
    if (!m_catalog || !index.isValid() || index.row() >= rowCount())
        return {};
    const CareShortcut shortcut = m_catalog->careHome().at(index.row());
    const std::optional<CategoryInfo> look = lookOf(*m_catalog, shortcut);
    switch (role) {
    case IdRole:
        return shortcut.id;
    case IsCategoryRole:
        return shortcut.kind == CareShortcut::Kind::Category;
    case NameRole:
        if (shortcut.kind == CareShortcut::Kind::Category)
            return look ? categories::translatedName(*look) : shortcut.id;
        return m_catalog->service(shortcut.id)->name.text();
    case AccentRole:
        return look ? QString::fromLatin1(look->accent) : QStringLiteral("#37474F");
    case IconRole:
        return look ? QStringLiteral("qrc:/BranchSuite/Icons/%1.svg").arg(QLatin1String(look->icon)) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> CareHomeModel::roleNames() const
{
    return {{IdRole, "categoryId"}, {NameRole, "name"}, {AccentRole, "accent"}, {IconRole, "icon"},
            {IsCategoryRole, "isCategory"}};
}

void CareHomeModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {NameRole});
}

} // namespace branch
