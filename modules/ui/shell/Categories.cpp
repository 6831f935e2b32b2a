#include "Categories.h"

#include <QCoreApplication>

#include <algorithm>

namespace branch::categories {

namespace {

using Group = CategoryInfo::Group;

const QList<CategoryInfo> kCategories = {
    {"housing_fund", QT_TRANSLATE_NOOP("Categories", "Housing fund"), Group::Livelihood, "#1565C0"},
    {"medical_insurance", QT_TRANSLATE_NOOP("Categories", "Medical insurance"), Group::Livelihood, "#00897B"},
    {"social_security_card", QT_TRANSLATE_NOOP("Categories", "Social security card"), Group::Livelihood, "#3949AB"},
    {"pension_employment", QT_TRANSLATE_NOOP("Categories", "Pension & employment"), Group::Livelihood, "#6D4C41"},
    {"business_startup", QT_TRANSLATE_NOOP("Categories", "Start-up & business"), Group::Livelihood, "#EF6C00"},
    {"utilities", QT_TRANSLATE_NOOP("Categories", "Utilities"), Group::Livelihood, "#0277BD"},
    {"education", QT_TRANSLATE_NOOP("Categories", "Education"), Group::Livelihood, "#7B1FA2"},
    {"health", QT_TRANSLATE_NOOP("Categories", "Health"), Group::Livelihood, "#C62828"},
    {"traffic", QT_TRANSLATE_NOOP("Categories", "Traffic"), Group::Livelihood, "#2E7D32"},
    {"courts", QT_TRANSLATE_NOOP("Categories", "Courts"), Group::Livelihood, "#455A64"},
    {"elderly", QT_TRANSLATE_NOOP("Categories", "Elderly services"), Group::Livelihood, "#AD1457"},
    {"other_gov", QT_TRANSLATE_NOOP("Categories", "Other services"), Group::Livelihood, "#546E7A"},
    {"banking", QT_TRANSLATE_NOOP("Categories", "Banking"), Group::Banking, "#B71C1C"},
    {"take_ticket", QT_TRANSLATE_NOOP("Categories", "Take a ticket"), Group::Action, "#37474F"},
    {"call_staff", QT_TRANSLATE_NOOP("Categories", "Call staff"), Group::Action, "#37474F"},
};


} // namespace

const QList<CategoryInfo> &all()
{
    return kCategories;
}

std::optional<CategoryInfo> find(const QString &id)
{
    const auto it = std::find_if(kCategories.cbegin(), kCategories.cend(),
                                 [&](const CategoryInfo &c) { return id == QLatin1String(c.id); });
    if (it == kCategories.cend())
        return std::nullopt;
    return *it;
}

QString translatedName(const CategoryInfo &info)
{
    return QCoreApplication::translate("Categories", info.name);
}

QString groupKey(CategoryInfo::Group group)
{
    switch (group) {
    case Group::Livelihood:
        return QStringLiteral("livelihood");
    case Group::Banking:
        return QStringLiteral("banking");
    case Group::Action:
        return QStringLiteral("action");
    }
    return {};
}

} // namespace branch::categories
