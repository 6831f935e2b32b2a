#include "ShellController.h"

#include "Catalog.h"
#include "Categories.h"
#include "Router.h"
#include "ServiceListModel.h"
#include "SessionContext.h"
#include "Translations.h"
#include "UiLog.h"

#include <algorithm>
#include <limits>

namespace branch {

bool ShellController::onScreenKeyboard()
{
    // The platform input context is chosen from this when the application
    // starts, so it cannot change later.
    static const bool virtualKeyboard = qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
    return virtualKeyboard;
}

ShellController::ShellController(SessionContext *context, Router *router, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_router(router)
    , m_catalog(catalog)
    , m_services(new ServiceListModel(catalog, this))
{
    connect(m_context, &SessionContext::languageChanged, this, &ShellController::retranslate);
    connect(m_context, &SessionContext::careModeChanged, this, [this] {
        Q_EMIT careModeChanged();
        updateSessionActive();
    });
}

QString ShellController::language() const
{
    return m_context->language();
}

bool ShellController::careMode() const
{
    return m_context->careMode();
}

void ShellController::retranslate()
{
    Q_EMIT languageChanged();
    m_services->refresh();
    // Both are translated when read.
    Q_EMIT routeChanged();
    Q_EMIT bannerChanged();
    updateSessionActive();
}

QString ShellController::categoryName() const
{
    const auto info = categories::find(m_categoryId);
    return info ? categories::translatedName(*info) : QString();
}

QString ShellController::bannerText() const
{
    if (m_bannerCode == QLatin1String("service_not_found"))
        return tr("Service \"%1\" was not found. Please choose a service below.").arg(m_bannerArgument);
    if (m_bannerCode == QLatin1String("store_quarantined"))
        return tr("The local records were damaged and have been set aside for staff. A new record file was started; please tell the service desk.");
    if (m_bannerCode == QLatin1String("not_available"))
        return tr("This function is not available at this counter yet. Please ask at the service desk.");
    return {};
}

bool ShellController::sessionActive() const
{
    return m_sessionActive;
}

bool ShellController::openCategory(const QString &id)
{
    const auto info = categories::find(id);
    if (!info || info->group == CategoryInfo::Group::Action)
        return false;
    setBanner({});
    setRoute(routes::category, id);
    return true;
}

void ShellController::activate(const QString &id)
{
    const auto info = categories::find(id);
    if (!info)
        return;
    // An action tile opens the feature's page of the same name.
    if (info->group == CategoryInfo::Group::Action) {
        if (!open(id))
            setBanner(QStringLiteral("not_available"));
    }
    else
        openCategory(id);
}

bool ShellController::openService(const QString &serviceId)
{
    const ServiceDefinition *service = m_catalog ? m_catalog->service(serviceId) : nullptr;
    if (!service || service->isAction() || !categories::find(service->category)) {
        qCInfo(lcUi) << "link to unknown service";
        setRoute(routes::home, {});
        setBanner(QStringLiteral("service_not_found"), serviceId);
        return false;
    }
    setBanner({});
    setRoute(routes::service, service->category, service->id);
    return true;
}

bool ShellController::startService()
{
    if (m_route != routes::service)
        return false;
    const ServiceDefinition *service = m_catalog->service(m_serviceId);
    // A pure query asks nothing: its detail page is all there is.
    if (!service || service->isPureQuery())
        return false;
    setRoute(routes::form, m_categoryId, m_serviceId);
    return true;
}

void ShellController::back()
{
    if (m_route == routes::form)
        setRoute(routes::service, m_categoryId, m_serviceId);
    else if (m_route == routes::service)
        setRoute(routes::category, m_categoryId);
    else
        goHome();
}

void ShellController::goHome()
{
    setRoute(routes::home, {});
}

bool ShellController::open(const QString &route)
{
    // The shell's own routes carry a category or a service: they have their
    // own entry points, which check them.
    if (route == routes::category || route == routes::service || route == routes::form
        || !m_router->hasRoute(route))
        return false;
    setBanner({});
    setRoute(route, {});
    return true;
}

void ShellController::setSyncState(bool configured, bool online, qint64 queueCount, qint64 rejectedCount)
{
    const auto clampInt = [](qint64 v) { return int(std::clamp<qint64>(v, 0, std::numeric_limits<int>::max())); };
    const int queue = clampInt(queueCount);
    const int rejected = clampInt(rejectedCount);
    if (configured == m_syncConfigured && online == m_syncOnline && queue == m_queueCount
        && rejected == m_rejectedCount)
        return;
    m_syncConfigured = configured;
    m_syncOnline = online;
    m_queueCount = queue;
    m_rejectedCount = rejected;
    Q_EMIT syncChanged();
}

void ShellController::dismissBanner()
{
    setBanner({});
}

void ShellController::reset()
{
    m_context->reset();
    setBanner({});
    setRoute(routes::home, {});
}

void ShellController::setRoute(const QString &route, const QString &categoryId, const QString &serviceId)
{
    if (route == m_route && categoryId == m_categoryId && serviceId == m_serviceId)
        return;
    m_route = route;
    m_categoryId = categoryId;
    m_serviceId = serviceId;
    m_services->setCategoryId(categoryId);
    // The page's entry hook reads the category and service: set them first.
    m_router->show(route);
    Q_EMIT routeChanged();
    updateSessionActive();
}

void ShellController::setBanner(const QString &code, const QString &argument)
{
    if (code == m_bannerCode && argument == m_bannerArgument)
        return;
    m_bannerCode = code;
    m_bannerArgument = argument;
    Q_EMIT bannerChanged();
    updateSessionActive();
}

void ShellController::updateSessionActive()
{
    const bool active = m_route != routes::home || careMode() || !m_bannerCode.isEmpty()
        || language() != Translations::defaultLanguage();
    if (active == m_sessionActive)
        return;
    m_sessionActive = active;
    Q_EMIT sessionActiveChanged();
}

} // namespace branch
