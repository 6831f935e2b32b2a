#include "Kiosk.h"

#include "AuditLog.h"
#include "CatalogLoader.h"
#include "Clock.h"
#include "Database.h"
#include "FormController.h"
#include "IdempotencyKeySource.h"
#include "IdleWatcher.h"
#include "JournalRepository.h"
#include "KioskSession.h"
#include "LocalBillerDirectory.h"
#include "PayloadCodec.h"
#include "ReceiptImageProvider.h"
#include "SealingSetup.h"
#include "SecretStore.h"
#include "SearchController.h"
#include "ShellController.h"
#include "StaffController.h"
#include "SyncService.h"
#include "SubmissionAudit.h"
#include "SubmissionRepository.h"
#include "Translations.h"
#include "UiLog.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <algorithm>

namespace branch {

namespace {

// The catalog built into the binary. A refused file is left out and reported
// to staff through the log; the other services stay available.
Catalog loadCatalog()
{
    CatalogLoadResult loaded = CatalogLoader::loadEmbedded();
    for (const QString &line : issueLines(loaded.issues))
        qCWarning(lcUi) << "catalog:" << line;
    return std::move(loaded.catalog);
}

std::unique_ptr<BillerDirectory> referenceBillers()
{
    auto directory = std::make_unique<LocalBillerDirectory>();
    QString error;
    if (!directory->loadFile(LocalBillerDirectory::builtInPath(), &error))
        qCWarning(lcUi) << "reference bills not loaded:" << error;
    return directory;
}

} // namespace

Kiosk::Kiosk(const KioskOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_catalog(loadCatalog())
    , m_billers(referenceBillers())
    , m_clock(std::make_unique<SystemClock>())
    , m_keys(std::make_unique<RandomKeySource>())
    , m_translations(new Translations(this))
    , m_session(new KioskSession(this))
    , m_idle(new IdleWatcher(this))
    , m_shell(new ShellController(m_translations, &m_catalog, this))
    , m_flow(new FormController(this))
    , m_search(new SearchController(&m_catalog, m_shell, this))
    , m_staff(new StaffController(this))
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
    // A typed search counts as a visit too: it must not stay on screen for the next customer.
    const auto updateIdle = [this] {
        m_idle->setActive(m_shell->sessionActive() || !m_search->query().isEmpty());
    };
    connect(m_shell, &ShellController::sessionActiveChanged, this, updateIdle);
    connect(m_search, &SearchController::queryChanged, this, updateIdle);
    connect(m_shell, &ShellController::careModeChanged, this,
            [this] { m_idle->setCareMode(m_shell->careMode()); });
    m_idle->setCareMode(m_shell->careMode());
    updateIdle();

    // The form follows the shell: its service, its language and care mode.
    // What was typed is dropped when the customer leaves the form or the visit ends.
    updateFlowBackends();
    m_flow->setCareMode(m_shell->careMode());
    connect(m_shell, &ShellController::routeChanged, this, &Kiosk::followRoute);
    connect(m_shell, &ShellController::languageChanged, m_flow, &FormController::retranslate);
    connect(m_shell, &ShellController::careModeChanged, this,
            [this] { m_flow->setCareMode(m_shell->careMode()); });
    connect(m_session, &KioskSession::cleared, m_flow, &FormController::clear);
    connect(m_session, &KioskSession::cleared, this, &Kiosk::updateFlowBackends);
    connect(m_session, &KioskSession::cleared, m_search, &SearchController::clear);
    connect(m_flow, &FormController::receiptChanged, this, &Kiosk::deliverSoon);
}

// Runs after openSealing. The worker gets this thread's codec and device
// credential: QtKeychain must not be used from the worker's thread.
void Kiosk::startSync()
{
    SyncServiceOptions options;
    options.databasePath = m_options.databasePath;
    options.codec = std::shared_ptr<const PayloadCodec>(m_sealing, m_sealing->codec.get());
    if (const SecretResult credential = m_sealing->secrets->read(QString(SecretName::DeviceCredential)); credential.ok())
        options.deviceCredential = credential.value;
    options.coreUrl = QUrl(m_options.coreUrl);
    options.caFile = m_options.caFile;
    options.intervalMs = std::max(1, m_options.syncIntervalSeconds) * 1000;
    m_sync = std::make_unique<SyncService>(options);
    connect(m_sync.get(), &SyncService::snapshotChanged, this, &Kiosk::showSync);
    m_sync->start();
}

void Kiosk::showSync(const SyncSnapshot &snapshot)
{
    const bool rejectedChanged = snapshot.counts.rejected != m_shell->rejectedCount();
    m_shell->setSyncState(snapshot.configured, snapshot.online, snapshot.counts.undelivered(),
                          snapshot.counts.rejected);
    m_staff->setReference(snapshot.referenceVersions, snapshot.referenceCheckedAt);
    m_staff->setClockSkew(snapshot.clockSkewed, snapshot.clockSkewMs);
    if (rejectedChanged || m_shell->page() == ShellController::Page::Staff)
        m_staff->refresh();
}

void Kiosk::followRoute()
{
    switch (m_shell->page()) {
    case ShellController::Page::Home:
    case ShellController::Page::Category:
        m_flow->clear();
        break;
    case ShellController::Page::Staff:
        m_flow->clear();
        m_staff->refresh();
        break;
    case ShellController::Page::Service:
        m_flow->showService(m_shell->serviceId());
        break;
    case ShellController::Page::Form:
        if (m_flow->stage() == FormController::Stage::None)
            m_flow->start();
        break;
    }
}

void Kiosk::updateFlowBackends()
{
    FlowBackends backends;
    backends.catalog = &m_catalog;
    backends.billers = m_billers.get();
    backends.clock = m_clock.get();
    backends.session = m_session;
    backends.journal = m_journal.get();
    backends.submissions = m_submissions.get();
    backends.receiptDirectory = receiptDirectory();
    m_flow->setBackends(backends);
}

QString Kiosk::receiptDirectory() const
{
    if (m_options.databasePath.isEmpty())
        return {};
    return QFileInfo(m_options.databasePath).dir().filePath(QStringLiteral("receipts"));
}

Kiosk::~Kiosk()
{
    // The worker must be gone before the window and the store it reports to.
    m_sync.reset();
}

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
    if (!openKeys())
        return false;
    m_audit = std::make_unique<AuditLog>(*m_store, *m_clock);
    m_journal = std::make_unique<JournalRepository>(*m_store);
    // Visits cut short by a crash or power loss have no customer to return to:
    // what they entered must not outlive them.
    const auto leftovers = m_journal->sessions();
    for (const QString &sessionId : leftovers.value)
        endVisit(sessionId);
    SubmissionSettings settings;
    settings.kioskCode = m_options.kioskCode;
    m_submissions = std::make_unique<SubmissionRepository>(*m_store, *m_clock, *m_sealing->codec, *m_keys, settings);
    m_submissions->setStoredHook(auditSubmissions(*m_audit, QStringLiteral("kiosk")));
    updateFlowBackends();
    StaffController::Backends staff;
    staff.store = m_store.get();
    staff.audit = m_audit.get();
    staff.clock = m_clock.get();
    staff.catalog = &m_catalog;
    staff.nudge = [this] {
        if (m_sync)
            m_sync->nudge();
    };
    m_staff->setBackends(staff);
    return true;
}

// Personal data is sealed with a data key that a key in the system keychain
// wraps. Without a keychain the kiosk does not start, unless the operator
// asked for development secrets, which the security module logs every time.
bool Kiosk::openKeys()
{
    SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = m_options.devInsecureSecretsDir;
    auto sealing = openSealing(*m_store, secretOptions);
    if (!sealing.ok()) {
        qCCritical(lcUi) << "personal data cannot be protected, so the kiosk stops:" << sealing.error.reason;
        m_error = sealing.error.message;
        return false;
    }
    m_sealing = sealing.value;
    return true;
}

// A new outbox entry (audited in the transaction that stored it): deliver it
// now rather than at the next interval.
void Kiosk::deliverSoon()
{
    if (!m_flow->receiptNumber().isEmpty() && m_sync)
        m_sync->nudge();
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
    m_engine->addImageProvider(QStringLiteral("receipt"), new ReceiptImageProvider(m_flow));
    m_shell->setEngine(m_engine.get());
    SearchController::provide(m_engine.get(), m_search);
    m_engine->setInitialProperties({
        {QStringLiteral("shell"), QVariant::fromValue(m_shell)},
        {QStringLiteral("idle"), QVariant::fromValue(m_idle)},
        {QStringLiteral("session"), QVariant::fromValue(m_session)},
        {QStringLiteral("flow"), QVariant::fromValue(m_flow)},
        {QStringLiteral("staff"), QVariant::fromValue(m_staff)},
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
    startSync();
    return true;
}

QQuickWindow *Kiosk::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

} // namespace branch
