#include "Router.h"

#include "UiLog.h"

#include <algorithm>

namespace branch {

Router::Router(QObject *parent)
    : QObject(parent)
{
}

void Router::addPage(const QString &route, Page page)
{
    m_pages.insert(route, std::move(page));
}

QStringList Router::routes() const
{
    QStringList names = m_pages.keys();
    std::sort(names.begin(), names.end());
    return names;
}

void Router::addPart(const QString &slot, const QUrl &url, const QVariantMap &properties)
{
    m_parts.insert(slot, Page{url, properties, {}});
}

QUrl Router::partUrl(const QString &slot) const
{
    return m_parts.value(slot).url;
}

QVariantMap Router::partProperties(const QString &slot) const
{
    return m_parts.value(slot).properties;
}

QUrl Router::pageUrl() const
{
    return m_pages.value(m_route).url;
}

QVariantMap Router::pageProperties() const
{
    return m_pages.value(m_route).properties;
}

bool Router::show(const QString &route)
{
    const auto page = m_pages.constFind(route);
    if (page == m_pages.constEnd()) {
        qCWarning(lcUi) << "no page for route" << route;
        return false;
    }
    m_route = route;
    if (page->entered)
        page->entered();
    Q_EMIT pageChanged();
    return true;
}

} // namespace branch
