#include "ShellController.h"

#include "Catalog.h"
#include "Categories.h"
#include "ServiceListModel.h"
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

ShellController::ShellController(Translations *translations, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_translations(translations)
    , m_catalog(catalog)
    , m_services(new ServiceListModel(catalog, this))
{
}

QString ShellController::language() const
{
    return m_translations->language();
}

bool ShellController::setLanguage(const QString &code)
{
    if (code == language())
        return true;
    // setLanguage() also reports false when the catalogue is empty (Qt refuses
    // to install an empty translator); the switch itself still happened then.
    if (!m_translations->setLanguage(code))
        qCWarning(lcUi) << "no translations installed for" << code;
    if (m_translations->language() != code)
        return false;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    m_services->refresh();
    // Both are translated when read.
    Q_EMIT routeChanged();
    Q_EMIT bannerChanged();
    updateSessionActive();
    return true;
}

void ShellController::setCareMode(bool care)
{
    if (care == m_careMode)
        return;
    m_careMode = care;
    Q_EMIT careModeChanged();
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
    setRoute(Page::Category, id);
    return true;
}

void ShellController::activate(const QString &id)
{
    const auto info = categories::find(id);
    if (!info)
        return;
    if (info->group == CategoryInfo::Group::Action)
        setBanner(QStringLiteral("not_available"));
    else
        openCategory(id);
}

bool ShellController::openService(const QString &serviceId)
{
    const ServiceDefinition *service = m_catalog ? m_catalog->service(serviceId) : nullptr;
    if (!service || service->isAction() || !categories::find(service->category)) {
        qCInfo(lcUi) << "link to unknown service";
        setRoute(Page::Home, {});
        setBanner(QStringLiteral("service_not_found"), serviceId);
        return false;
    }
    setBanner({});
    setRoute(Page::Service, service->category, service->id);
    return true;
}

bool ShellController::startService()
{
    if (m_page != Page::Service)
        return false;
    const ServiceDefinition *service = m_catalog->service(m_serviceId);
    // A pure query asks nothing: its detail page is all there is.
    if (!service || service->isPureQuery())
        return false;
    setRoute(Page::Form, m_categoryId, m_serviceId);
    return true;
}

void ShellController::back()
{
    switch (m_page) {
    case Page::Form:
        setRoute(Page::Service, m_categoryId, m_serviceId);
        break;
    case Page::Service:
        setRoute(Page::Category, m_categoryId);
        break;
    case Page::Category:
    case Page::Home:
    case Page::Staff:
        goHome();
        break;
    }
}

void ShellController::goHome()
{
    setRoute(Page::Home, {});
}

void ShellController::staffView()
{
    setBanner({});
    setRoute(Page::Staff, {});
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
    setLanguage(Translations::defaultLanguage());
    setCareMode(false);
    setBanner({});
    setRoute(Page::Home, {});
}

void ShellController::setRoute(Page page, const QString &categoryId, const QString &serviceId)
{
    if (page == m_page && categoryId == m_categoryId && serviceId == m_serviceId)
        return;
    m_page = page;
    m_categoryId = categoryId;
    m_serviceId = serviceId;
    m_services->setCategoryId(categoryId);
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
    const bool active = m_page != Page::Home || m_careMode || !m_bannerCode.isEmpty()
        || language() != Translations::defaultLanguage();
    if (active == m_sessionActive)
        return;
    m_sessionActive = active;
    Q_EMIT sessionActiveChanged();
}

} // namespace branch
