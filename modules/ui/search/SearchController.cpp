#include "SearchController.h"

#include "Catalog.h"
#include "Categories.h"
#include "ServiceSearch.h"
#include "SessionContext.h"
#include "ShellController.h"
#include "UiLog.h"

#include <QElapsedTimer>

namespace branch {

namespace {

constexpr char kEngineProperty[] = "_branch_search_controller";
const QString kCareModeAction = QStringLiteral("action.care_mode");

// "action.take_ticket" -> the home tile "take_ticket", when there is one and
// this kiosk can do it: an action it cannot do is neither offered nor opened.
QString actionTile(const QString &serviceId)
{
    const QString tile = serviceId.section(u'.', 1);
    const auto info = categories::find(tile);
    return info && info->group == CategoryInfo::Group::Action && info->available ? tile : QString();
}

} // namespace

SearchController::SearchController(const Catalog *catalog, ShellController *shell, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_shell(shell)
    , m_results(new SearchResultModel(this))
{
    m_results->setCatalog(catalog);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        Q_EMIT pendingChanged();
        run();
    });
    if (m_shell) {
        connect(m_shell, &ShellController::languageChanged, this, [this] {
            m_results->refresh();
            Q_EMIT messageChanged();
        });
        // Queued: a tapped result changes the route from inside its own
        // delegate, which the model reset would otherwise destroy mid-call.
        connect(m_shell, &ShellController::routeChanged, this, [this] {
            if (m_shell->route() != routes::home)
                clear();
        }, Qt::QueuedConnection);
    }
}

SearchController::~SearchController() = default;

void SearchController::provide(QQmlEngine *engine, SearchController *controller)
{
    engine->setProperty(kEngineProperty, QVariant::fromValue(controller));
}

SearchController *SearchController::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    Q_UNUSED(scriptEngine)
    auto *controller = engine->property(kEngineProperty).value<SearchController *>();
    if (!controller) {
        // QML loaded without a kiosk (a preview, a component test): a box that finds nothing.
        qCWarning(lcUi) << "no search controller provided; search finds nothing";
        controller = new SearchController(nullptr, nullptr, engine);
    }
    QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    return controller;
}

void SearchController::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    const bool wasPending = pending();
    m_timer.start();
    if (!wasPending)
        Q_EMIT pendingChanged();
}

void SearchController::setDebounceInterval(int ms)
{
    if (ms == m_timer.interval())
        return;
    m_timer.setInterval(ms);
    Q_EMIT debounceIntervalChanged();
}

QString SearchController::message() const
{
    if (m_messageCode.isEmpty())
        return {};
    if (m_messageCode == QLatin1String("no_match"))
        return tr("Nothing matched. Please try other words, or call a staff member.");
    SearchResult result;
    result.reason = m_messageCode;
    return result.message();
}

void SearchController::prepare()
{
    if (m_search || !m_catalog)
        return;
    QElapsedTimer clock;
    clock.start();
    m_search = std::make_unique<ServiceSearch>(*m_catalog);
    qCInfo(lcUi) << "search index built in" << clock.elapsed() << "ms";
}

void SearchController::searchNow()
{
    if (!pending())
        return;
    m_timer.stop();
    Q_EMIT pendingChanged();
    run();
}

void SearchController::run()
{
    QList<SearchResultModel::Row> rows;
    QString code;
    if (!m_query.trimmed().isEmpty()) {
        prepare();
        // Asked for all: actions this counter cannot perform are left out below.
        const SearchResult found = m_search ? m_search->search(m_query, -1) : SearchResult{};
        if (!found.ok()) {
            code = found.reason;
        } else {
            for (const SearchHit &hit : found.hits) {
                if (rows.size() == kMaxResults)
                    break;
                if (canOpen(hit.id))
                    rows.append({m_catalog->service(hit.id), hit.score});
            }
            if (rows.isEmpty())
                code = QStringLiteral("no_match");
        }
    }
    // The query itself is what a customer typed: it is never logged.
    qCDebug(lcUi) << "search:" << rows.size() << "results" << code;
    m_results->setRows(rows);
    setMessageCode(code);
    Q_EMIT searched();
}

bool SearchController::canOpen(const QString &serviceId) const
{
    const ServiceDefinition *service = m_catalog ? m_catalog->service(serviceId) : nullptr;
    if (!service)
        return false;
    if (!service->isAction())
        return categories::find(service->category).has_value();
    return serviceId == kCareModeAction || !actionTile(serviceId).isEmpty();
}

bool SearchController::open(const QString &serviceId)
{
    if (!m_shell || !canOpen(serviceId))
        return false;
    const ServiceDefinition *service = m_catalog->service(serviceId);
    if (!service->isAction())
        return m_shell->openService(serviceId);
    // Care mode has no tile: the top bar's switch, turned on.
    if (serviceId == kCareModeAction)
        m_shell->context()->setCareMode(true);
    else
        m_shell->activate(actionTile(serviceId));
    return true;
}

bool SearchController::canCallStaff() const
{
    return m_messageCode == QLatin1String("no_match") && !actionTile(QStringLiteral("action.call_staff")).isEmpty();
}

void SearchController::callStaff()
{
    open(QStringLiteral("action.call_staff"));
}

void SearchController::clear()
{
    const bool wasPending = pending();
    m_timer.stop();
    if (wasPending)
        Q_EMIT pendingChanged();
    if (!m_query.isEmpty()) {
        m_query.clear();
        Q_EMIT queryChanged();
    }
    m_results->setRows({});
    setMessageCode({});
}

void SearchController::setMessageCode(const QString &code)
{
    if (code == m_messageCode)
        return;
    m_messageCode = code;
    Q_EMIT messageChanged();
}

} // namespace branch
