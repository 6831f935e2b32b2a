#include "Kiosk.h"

#include "Database.h"
#include "IdleWatcher.h"
#include "JournalRepository.h"
#include "KioskSession.h"
#include "ShellController.h"
#include "Translations.h"
#include "UiLog.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace branch {

Kiosk::Kiosk(const KioskOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_translations(new Translations(this))
    , m_session(new KioskSession(this))
    , m_idle(new IdleWatcher(this))
    , m_shell(new ShellController(m_translations, this))
{
    const QString language = options.language.isEmpty() ? Translations::defaultLanguage()
                                                         : options.language;
    m_shell->setLanguage(language);
    m_shell->setCareMode(options.careMode);
    if (options.idleTimeoutSeconds > 0)
        m_idle->setTimeout(options.idleTimeoutSeconds * 1000);

    // Idle ends the visit; the end of a visit resets the shell. The countdown
    // runs only while something differs from the untouched home screen.
    connect(m_idle, &IdleWatcher::idle, m_session, &KioskSession::clear);
    connect(m_session, &KioskSession::ended, this, &Kiosk::endVisit);
    connect(m_session, &KioskSession::cleared, m_shell, &ShellController::reset);
    connect(m_shell, &ShellController::sessionActiveChanged, this,
            [this] { m_idle->setActive(m_shell->sessionActive()); });
    connect(m_shell, &ShellController::careModeChanged, this,
            [this] { m_idle->setCareMode(m_shell->careMode()); });
    m_idle->setCareMode(m_shell->careMode());
    m_idle->setActive(m_shell->sessionActive());
}

Kiosk::~Kiosk() = default;

bool Kiosk::openStore()
{
    m_store = std::make_unique<Database>();
    OpenOptions open;
    open.path = m_options.databasePath;
    const OpenResult result = m_store->open(open);
    if (!result.ok) {
        qCCritical(lcUi) << "the local store could not be opened:" << result.status.reason
                         << result.status.detail;
        m_error = result.status.message;
        return false;
    }
    if (!result.quarantinePath.isEmpty()) {
        qCWarning(lcUi) << "the local store was damaged and set aside at" << result.quarantinePath;
        m_shell->reportStoreQuarantined();
    }
    m_journal = std::make_unique<JournalRepository>(*m_store);
    // Visits cut short by a crash or power loss have no customer to return to:
    // what they entered must not outlive them.
    const auto leftovers = m_journal->sessions();
    for (const QString &sessionId : leftovers.value)
        endVisit(sessionId);
    return true;
}

void Kiosk::endVisit(const QString &sessionId)
{
    if (!m_journal)
        return;
    const auto removed = m_journal->clearSession(sessionId);
    if (!removed.ok())
        qCWarning(lcUi) << "could not clear a visit's journal:" << removed.error.reason;
    else if (removed.value > 0)
        qCInfo(lcUi) << "cleared" << removed.value << "journal entries of an ended visit";
}

bool Kiosk::load()
{
    if (!openStore())
        return false;
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_shell->setEngine(m_engine.get());
    m_engine->setInitialProperties({
        {QStringLiteral("shell"), QVariant::fromValue(m_shell)},
        {QStringLiteral("idle"), QVariant::fromValue(m_idle)},
        {QStringLiteral("session"), QVariant::fromValue(m_session)},
        {QStringLiteral("fullScreen"), m_options.fullScreen},
    });
    m_engine->load(QUrl(QStringLiteral("qrc:/BranchSuite/Ui/Main.qml")));
    if (!window()) {
        qCCritical(lcUi) << "the kiosk window could not be created";
        m_error = tr("The kiosk screen could not be created.");
        return false;
    }
    if (!m_options.serviceId.isEmpty())
        m_shell->openService(m_options.serviceId);
    return true;
}

QQuickWindow *Kiosk::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

} // namespace branch
