#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace branch {

// The home screen's fixed list of categories, with the accent colours the
// catalog does not carry. Ids match the catalog's categories.json (a test
// checks); kiosk actions are extra tiles. Names are stored untranslated
// (QT_TRANSLATE_NOOP) and translated when read, so a language switch shows at once.
struct CategoryInfo
{
    enum class Group { Livelihood, Banking, Action };

    const char *id;
    const char *name; // source text in the "Categories" context
    Group group;
    const char *accent;
    const char *icon; // a Bootstrap Icons name, bundled in BranchSuite.Catalog; each tile its own
    // False for a counter action this kiosk cannot do yet (no ticket printer,
    // no call to staff): its tile is not shown, so nobody taps a dead end.
    bool available = true;
};

namespace categories {

const QList<CategoryInfo> &all();
// The tiles the home screen shows: all() less the actions this kiosk cannot do.
QList<CategoryInfo> shown();
std::optional<CategoryInfo> find(const QString &id);
QString translatedName(const CategoryInfo &info);
QString groupKey(CategoryInfo::Group group);

} // namespace categories
} // namespace branch
