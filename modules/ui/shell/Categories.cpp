#include "Categories.h"

#include <QCoreApplication>

#include <algorithm>

namespace branch::categories {

namespace {

using Group = CategoryInfo::Group;

const QList<CategoryInfo> kCategories = {
    {"housing_fund", QT_TRANSLATE_NOOP("Categories", "Housing fund"), Group::Livelihood, "#1565C0", "house-heart"},
    {"medical_insurance", QT_TRANSLATE_NOOP("Categories", "Medical insurance"), Group::Livelihood, "#00897B", "shield-plus"},
    {"social_security_card", QT_TRANSLATE_NOOP("Categories", "Social security card"), Group::Livelihood, "#3949AB", "person-vcard"},
    {"pension_employment", QT_TRANSLATE_NOOP("Categories", "Pension & employment"), Group::Livelihood, "#6D4C41", "briefcase"},
    {"business_startup", QT_TRANSLATE_NOOP("Categories", "Start-up & business"), Group::Livelihood, "#EF6C00", "shop"},
    {"utilities", QT_TRANSLATE_NOOP("Categories", "Utilities"), Group::Livelihood, "#0277BD", "lightning-charge"},
    {"education", QT_TRANSLATE_NOOP("Categories", "Education"), Group::Livelihood, "#7B1FA2", "mortarboard"},
    {"health", QT_TRANSLATE_NOOP("Categories", "Health"), Group::Livelihood, "#C62828", "heart-pulse"},
    {"traffic", QT_TRANSLATE_NOOP("Categories", "Traffic"), Group::Livelihood, "#2E7D32", "car-front"},
    {"courts", QT_TRANSLATE_NOOP("Categories", "Courts"), Group::Livelihood, "#455A64", "hammer"},
    {"elderly", QT_TRANSLATE_NOOP("Categories", "Elderly services"), Group::Livelihood, "#AD1457", "person-hearts"},
    {"other_gov", QT_TRANSLATE_NOOP("Categories", "Other services"), Group::Livelihood, "#546E7A", "grid-3x3-gap"},
    {"banking", QT_TRANSLATE_NOOP("Categories", "Banking"), Group::Banking, "#B71C1C", "bank"},
    {"scan_prefill", QT_TRANSLATE_NOOP("Categories", "Scan my code"), Group::Action, "#00695C", "qr-code-scan"},
    {"take_ticket", QT_TRANSLATE_NOOP("Categories", "Take a ticket"), Group::Action, "#37474F", "ticket-perforated", false},
    {"call_staff", QT_TRANSLATE_NOOP("Categories", "Call staff"), Group::Action, "#37474F", "headset", false},
};


} // namespace

const QList<CategoryInfo> &all()
{
    return kCategories;
}

QList<CategoryInfo> shown()
{
    QList<CategoryInfo> out;
    for (const CategoryInfo &info : kCategories) {
        if (info.available)
            out.append(info);
    }
    return out;
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
