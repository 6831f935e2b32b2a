#include "Kiosk.h"

#include "AuditKeying.h"
#include "AuditLog.h"
#include "AuditRecord.h"
#include "BillerDirectory.h"
#include "CatalogLoader.h"
#include "CatalogPages.h"
#include "Clock.h"
#include "Database.h"
#include "DocumentImageProvider.h"
#include "FormController.h"
#include "FormPages.h"
#include "IdCardController.h"
#include "AuthorizationController.h"
#include "CareHomeModel.h"
#include "CarePages.h"
#include "PaymentController.h"
#include "PaymentPages.h"
#include "PaymentSimulator.h"
#include "IdempotencyKeySource.h"
#include "IdleTimeSource.h"
#include "IdleWatcher.h"
#include "JournalRepository.h"
#include "KioskPayments.h"
#include "KioskSession.h"
#include "PayloadCodec.h"
#include "PaymentQueue.h"
#include "PdfReceiptPrinter.h"
#include "PrefillPages.h"
#include "PrefillPreview.h"
#include "PrefillReading.h"
#include "PrefillScanController.h"
#include "PrefillClient.h"
#include "HttpsCoreClient.h"
#include "PrintQueue.h"
#include "ReceiptImageProvider.h"
#include "SalvageAudit.h"
#include "Router.h"
#include "SealingSetup.h"
#include "SecretStore.h"
#include "SearchController.h"
#include "SessionContext.h"
#include "Speaker.h"
#include "Speech.h"
#include "StaffSession.h"
#include "StaffSignInController.h"
#include "StaffSignInQueue.h"
#include "ShellController.h"
#include "StaffController.h"
#include "StaffPages.h"
#include "SyncService.h"
#include "SubmissionAudit.h"
#include "SubmissionQueue.h"
#include "SubmissionRepository.h"
#include "Translations.h"
#include "UiLog.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

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

// Long enough for a start-up check (--exit-after-first-frame) to be gone first.
constexpr int kSpeechWarmUpMs = 3000;

} // namespace

Kiosk::Kiosk(const KioskOptions &options, KioskBackends backends, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_catalog(loadCatalog())
    , m_backends(std::move(backends))
    , m_printQueue(std::make_unique<PrintQueue>(m_backends.printer))
    , m_translations(new Translations(this))
    , m_context(new SessionContext(m_translations, this))
    , m_router(new Router(this))
    , m_session(new KioskSession(this))
    , m_idle(new IdleWatcher(m_backends.idleTime.get(), this))
    , m_shell(new ShellController(m_context, m_router, &m_catalog, this))
    , m_flow(new FormController(this))
    , m_search(new SearchController(&m_catalog, m_shell, this))
    , m_staff(new StaffController(this))
    , m_staffSession(std::make_unique<StaffSession>(*m_backends.clock))
    , m_staffSignIn(new StaffSignInController(this))
    , m_idCard(new IdCardController(m_backends.idCardReader.get(), m_backends.idCardSimulator, &m_catalog,
                                    m_backends.clock.get(), m_flow, m_context, this))
    , m_speaker(new Speaker(m_backends.speech.get(), m_context, this))
    , m_preview(std::make_shared<PrefillPreview>())
    , m_scan(new PrefillScanController(m_backends.camera.get(), m_preview, m_shell, m_flow, this))
    , m_payment(new PaymentController(
          m_flow,
          m_backends.cardSimulator && m_backends.pinPadSimulator
              ? new PaymentSimulator(m_backends.cardSimulator, m_backends.pinPadSimulator, this)
              : nullptr,
          this))
    , m_authorization(new AuthorizationController(m_flow, this))
    , m_careHome(new CareHomeModel(&m_catalog, this))
{
    m_context->setLanguage(options.language.isEmpty() ? Translations::defaultLanguage() : options.language);
    m_context->setCareMode(options.careMode);
    if (options.idleTimeoutSeconds > 0)
        m_idle->setTimeout(options.idleTimeoutSeconds * 1000);

    // Idle ends the visit; the end of a visit resets the shell and the
    // context. The countdown runs only while something differs from the
    // untouched home screen, and longer in care mode.
    m_idle->setContext(m_context);
    connect(m_idle, &IdleWatcher::idle, m_session, &KioskSession::clear);
    connect(m_session, &KioskSession::ended, this, &Kiosk::endVisit);
    connect(m_session, &KioskSession::cleared, m_shell, &ShellController::reset);
    // A typed search counts as a visit too: it must not stay on screen for the next customer.
    const auto updateIdle = [this] {
        m_idle->setActive(m_shell->sessionActive() || !m_search->query().isEmpty());
    };
    connect(m_shell, &ShellController::sessionActiveChanged, this, updateIdle);
    connect(m_search, &SearchController::queryChanged, this, updateIdle);
    updateIdle();

    // The form follows the customer's context. What was typed is dropped
    // when the customer leaves the service (FormPages) or the visit ends.
    updateFlowBackends();
    m_flow->setCareMode(m_context->careMode());
    connect(m_context, &SessionContext::careModeChanged, this,
            [this] { m_flow->setCareMode(m_context->careMode()); });
    connect(m_context, &SessionContext::languageChanged, m_flow, &FormController::retranslate);
    connect(m_context, &SessionContext::languageChanged, m_staff, &StaffController::retranslate);
    connect(m_session, &KioskSession::cleared, m_flow, &FormController::clear);
    connect(m_session, &KioskSession::cleared, this, &Kiosk::updateFlowBackends);
    connect(m_session, &KioskSession::cleared, m_search, &SearchController::clear);
    connect(m_session, &KioskSession::cleared, m_idCard, &IdCardController::reset);
    // On ended, before cleared: the home page the shell then opens is the one to read.
    connect(m_session, &KioskSession::ended, m_speaker, &Speaker::clear);
    connect(m_flow, &FormController::receiptChanged, this, &Kiosk::deliverSoon);

    // Each feature adds its pages; the shell starts at home.
    addCatalogPages(*m_router, m_shell, m_flow);
    addFormPages(*m_router, m_shell, m_flow, m_session);
    m_staffSignIn->setSession(m_staffSession.get());
    m_context->setStaffSession(m_staffSession.get());
    connect(m_context, &SessionContext::languageChanged, m_staffSignIn, &StaffSignInController::retranslate);
    addStaffPages(*m_router, m_shell, m_staff, m_staffSignIn);
    addPrefillPages(*m_router, m_shell, m_scan);
    addPaymentPages(*m_router, m_payment, m_flow);
    addAuthorizationPart(*m_router, m_shell, m_authorization, m_flow);
    m_careHome->setLanguage(m_context->language());
    connect(m_context, &SessionContext::languageChanged, m_careHome,
            [this] { m_careHome->setLanguage(m_context->language()); });
    addCarePages(*m_router, m_shell, m_careHome);
    connect(m_staff, &StaffController::careModeRequested, this, &Kiosk::careModeByStaff);
    setUpFraud();
    m_router->show(m_shell->route());
}

// Runs after openSealing. The worker gets this thread's codec, device
// credential, certificate and key: QtKeychain must not be used from the
// worker's thread.
void Kiosk::startSync()
{
    SyncServiceOptions options;
    options.databasePath = m_options.databasePath;
    options.codec = std::shared_ptr<const PayloadCodec>(m_sealing, m_sealing->codec.get());
    options.auditKey = m_auditKey;
    if (const SecretResult pinned = m_sealing->secrets->read(QString(SecretName::CoreAnchorKey)); pinned.ok())
        options.coreAnchorKey = pinned.value();
    // Whatever is missing, the worker names it (no_device_credential,
    // device_certificate_missing) for staff.
    for (const auto &[name, target] : {std::pair{SecretName::DeviceCredential, &options.deviceCredential},
                                       std::pair{SecretName::DeviceCertificate, &options.deviceCertificate},
                                       std::pair{SecretName::DeviceKey, &options.deviceKey}}) {
        if (const SecretResult read = m_sealing->secrets->read(QString(name)); read.ok())
            *target = read.value();
    }
    options.coreUrl = m_backends.core.url;
    options.caFile = m_backends.core.caFile;
    options.intervalMs = m_backends.core.intervalMs;
    startPayments(options);
    startPrefill(options);
    startStaffSignIn(options);
    m_sync = std::make_unique<SyncService>(options);
    connect(m_sync.get(), &SyncService::snapshotChanged, this, &Kiosk::showSync);
    m_sync->start();
}

KioskCoreAccess Kiosk::coreAccess(const SyncServiceOptions &sync) const
{
    KioskCoreAccess access;
    access.databasePath = m_options.databasePath;
    access.coreUrl = sync.coreUrl;
    access.caFile = sync.caFile;
    access.credential = sync.deviceCredential;
    access.certificate = sync.deviceCertificate;
    access.key = sync.deviceKey;
    return access;
}

// e-Tongban codes are read on their own worker: claiming a prefill waits on
// core. The keys for tokens come from the keychain now and from core on the
// first read; core's are kept for the day core cannot be reached.
void Kiosk::startPrefill(const SyncServiceOptions &sync)
{
    PrefillReadingOptions options;
    options.catalog = &m_catalog;
    options.clock = m_backends.clock.get();
    if (const Result<PrefillKeyring> held = PrefillKeyring::load(*m_sealing->secrets); held.ok())
        options.keyring = held.value();
    else
        qCInfo(lcUi) << "prefill keys: none in the keychain yet (" << held.reason() << ")";
    KioskCoreAccess access = coreAccess(sync);
    if (access.enrolled()) {
        auto held = std::make_shared<KioskCoreAccess>(std::move(access));
        options.client = [held]() -> std::unique_ptr<PrefillClient> { return connectEnrolled(*held, "prefill:"); };
    }
    // Its own connection, on the worker's thread, opened at the first read.
    options.completedHere = [path = m_options.databasePath,
                             db = std::make_shared<std::unique_ptr<Database>>()](const QString &reference) {
        if (!*db) {
            *db = std::make_unique<Database>();
            if (!(*db)->open({path}).ok)
                qCWarning(lcUi) << "prefill: the store cannot be read for codes used here";
        }
        const StoreResult<bool> used = SubmissionRepository::completesPrefill(**db, reference);
        return used.ok() && used.value;
    };
    m_prefill = std::make_unique<PrefillReading>(std::move(options));
    connect(m_prefill.get(), &PrefillReading::keysFetched, this, [this](const PrefillKeyring &keys) {
        if (!keys.save(*m_sealing->secrets).ok())
            qCWarning(lcUi) << "prefill keys not kept in the keychain";
    });
    m_scan->setReading(m_prefill.get());
}

// Card payments get their own worker and client. A payment left Pending or
// Unknown by a crash or a lost answer is settled now by asking core for its
// key, never by paying again.
void Kiosk::startPayments(const SyncServiceOptions &sync)
{
    KioskPaymentSetup setup;
    setup.core = coreAccess(sync);
    setup.reader = m_backends.cardReader;
    setup.pad = m_backends.pinPad;
    setup.clock = m_backends.clock.get();
    m_payments = branch::startPayments(setup);
    m_payment->setQueue(m_payments.get());
    // A service that asks for payment gets its pay step from now on.
    updateFlowBackends();
    if (!m_payments)
        return;
    connect(m_payments.get(), &PaymentQueue::resolved, this, [this](qint64, const QList<PaymentResult> &results) {
        for (const PaymentResult &r : results)
            qCInfo(lcUi) << "payment" << r.key.left(8) << "resolved with core:" << PaymentStates::name(r.state)
                         << r.reason;
        m_staff->refresh();
    });
    m_payments->resolve();
}

void Kiosk::showSync(const SyncSnapshot &snapshot)
{
    pinCoreAnchorKey(snapshot.coreAnchorKey);
    const bool rejectedChanged = snapshot.counts.rejected != m_shell->rejectedCount();
    m_shell->setSyncState(snapshot.configured, snapshot.online, snapshot.counts.undelivered(),
                          snapshot.counts.rejected);
    m_staff->setReference(snapshot.referenceVersions, snapshot.referenceCheckedAt);
    if (m_fraudVersions.value(QStringLiteral("fraud-rules")) != snapshot.referenceVersions.value(QStringLiteral("fraud-rules"), -1)
        || m_fraudVersions.value(QStringLiteral("fraud-watchlist"))
               != snapshot.referenceVersions.value(QStringLiteral("fraud-watchlist"), -1))
        loadFraudRules();
    m_staff->setClockSkew(snapshot.clockSkewed, snapshot.clockSkewMs);
    if (rejectedChanged || m_shell->route() == routes::staff)
        m_staff->refresh();
}

void Kiosk::updateFlowBackends()
{
    FlowBackends backends;
    backends.catalog = &m_catalog;
    backends.billers = m_backends.billers.get();
    backends.clock = m_backends.clock.get();
    backends.session = m_session;
    backends.journal = m_journal.get();
    backends.submitter = m_submitter.get();
    backends.printer = m_printQueue.get();
    backends.kioskTakesPayment = m_payments != nullptr;
    backends.kioskAuthorizes = m_kioskAuthorizes;
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
    // The workers must be gone before the window and the store they report
    // to; a submission under way finishes first, a print job is canceled.
    m_printQueue.reset();
    // The scan screen stops the camera (a member) and leaves the reader of codes.
    m_scan->detach();
    m_prefill.reset();
    m_payments.reset();
    m_submitter.reset();
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
    if (result.receiptEpoch.isError())
        qCCritical(lcUi) << "receipt numbers:" << result.receiptEpoch.reason << result.receiptEpoch.detail;
    if (!openKeys())
        return false;
    m_audit = std::make_unique<AuditLog>(*m_store, *m_backends.clock, m_auditKey);
    // What was salvaged after a quarantine, here or by a worker's connection
    // earlier: recorded once in the audit log, then shown on the staff page.
    if (const auto audited = auditSalvageReports(*m_store, *m_audit, QString(AuditActor::Kiosk)); !audited.ok())
        qCCritical(lcUi) << "salvage report not audited:" << audited.error.reason << audited.error.detail;
    m_journal = std::make_unique<JournalRepository>(*m_store);
    // Visits cut short by a crash or power loss have no customer to return to:
    // what they entered must not outlive them.
    const auto leftovers = m_journal->sessions();
    for (const QString &sessionId : leftovers.value)
        endVisit(sessionId);
    SubmissionSettings settings;
    settings.kioskCode = m_options.kioskCode;
    m_submissions = std::make_unique<SubmissionRepository>(*m_store, *m_backends.clock, *m_sealing->codec, *m_backends.keys, settings);
    m_submissions->setStoredHook(auditSubmissions(*m_audit, QStringLiteral("kiosk")));
    // The fsync'd commit and the receipt PDF run off the GUI thread, on the
    // worker's own connection; it gets this thread's codec (QtKeychain must
    // not be used from another thread).
    SubmissionQueueOptions submitting;
    submitting.databasePath = m_options.databasePath;
    submitting.codec = std::shared_ptr<const PayloadCodec>(m_sealing, m_sealing->codec.get());
    submitting.auditKey = m_auditKey;
    submitting.clock = m_backends.clock.get();
    submitting.settings = settings;
    submitting.auditActor = QStringLiteral("kiosk");
    // Laid out for the receipt printer's 80 mm roll.
    submitting.printer = std::make_shared<PdfReceiptPrinter>(ReceiptWriter::Paper::ThermalRoll80mm);
    submitting.receiptDirectory = receiptDirectory();
    m_submitter = std::make_unique<SubmissionQueue>(submitting);
    m_submitter->start();
    updateFlowBackends();
    StaffController::Backends staff;
    staff.store = m_store.get();
    staff.clock = m_backends.clock.get();
    staff.catalog = &m_catalog;
    staff.auditKey = m_auditKey;
    staff.session = m_staffSession.get();
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
    auto sealing = openSealing(*m_store, m_backends.secrets);
    if (!sealing.ok()) {
        qCCritical(lcUi) << "personal data cannot be protected, so the kiosk stops:" << sealing.error.reason;
        m_error = sealing.error.message;
        return false;
    }
    m_sealing = sealing.value;
    // The audit log's key sits beside the data keys, never in the database.
    const AuditKeyResult auditKey =
        openAuditKey(*m_store, *m_sealing->secrets, *m_backends.clock, QString(AuditActor::Kiosk));
    if (!auditKey.ok()) {
        qCCritical(lcUi) << "the audit log cannot be kept, so the kiosk stops:" << auditKey.error.reason;
        m_error = auditKey.error.message;
        return false;
    }
    m_auditKey = auditKey.value;
    return true;
}

// Core's key for audit anchors, pinned the first time the sync worker sees it
// (QtKeychain runs on this thread only).
void Kiosk::pinCoreAnchorKey(const QByteArray &publicKey)
{
    if (publicKey.isEmpty() || m_coreAnchorKeyPinned || !m_sealing)
        return;
    const SecretResult pinned = m_sealing->secrets->read(QString(SecretName::CoreAnchorKey));
    if (!pinned.ok()) {
        const SecretResult written = m_sealing->secrets->write(QString(SecretName::CoreAnchorKey), publicKey);
        if (!written.ok())
            qCWarning(lcUi) << "core's anchor key could not be pinned:" << written.reason();
    }
    m_coreAnchorKeyPinned = true;
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
    loadFraudRules();
    m_engine = std::make_unique<QQmlApplicationEngine>();
    // Qt 6.4 puts every module's qmldir under qrc:/<URI path>/ and does not
    // look there by itself: a module importing another needs this.
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->addImageProvider(QStringLiteral("receipt"), new ReceiptImageProvider(m_flow));
    m_engine->addImageProvider(QLatin1String(DocumentImageProvider::kProviderId), new DocumentImageProvider(m_flow));
    m_engine->addImageProvider(QLatin1String(PrefillPreviewProvider::kProviderId),
                               new PrefillPreviewProvider(m_preview));
    m_context->setEngine(m_engine.get());
    SearchController::provide(m_engine.get(), m_search);
    IdCardController::provide(m_engine.get(), m_idCard);
    Speaker::provide(m_engine.get(), m_speaker);
    m_engine->setInitialProperties({
        {QStringLiteral("shell"), QVariant::fromValue(m_shell)},
        {QStringLiteral("idle"), QVariant::fromValue(m_idle)},
        {QStringLiteral("session"), QVariant::fromValue(m_session)},
        {QStringLiteral("fullScreen"), m_options.fullScreen},
    });
    m_engine->load(QUrl(QStringLiteral("qrc:/BranchSuite/Shell/Main.qml")));
    if (!window()) {
        qCCritical(lcUi) << "the kiosk window could not be created";
        m_error = tr("The kiosk screen could not be created.");
        return false;
    }
    if (!m_options.serviceId.isEmpty())
        m_shell->openService(m_options.serviceId);
    startSync();
    // The engine loads its voices for seconds, on its own thread: started
    // once the first screen is up, so "Read it again" is answered at once.
    if (m_backends.speech)
        QTimer::singleShot(kSpeechWarmUpMs, m_backends.speech.get(), &Speech::prepare);
    return true;
}

QQuickWindow *Kiosk::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

} // namespace branch
