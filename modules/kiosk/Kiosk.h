#pragma once

#include "Catalog.h"
#include "CommandLine.h"
#include "KioskBackends.h"

#include <QMap>
#include <QObject>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace branch {

class AuditChainKey;
class AuditLog;
class FraudController;
class BillerDirectory;
class CameraSource;
struct Sealing;
class Clock;
class Database;
class FormController;
class IdempotencyKeySource;
class IdleWatcher;
class JournalRepository;
class SubmissionQueue;
class SubmissionRepository;
class KioskSession;
class PrintQueue;
class Router;
class SearchController;
class SessionContext;
class Speaker;
class RecordingSpeech;
class Speech;
class ShellController;
class StaffController;
class StaffSession;
class StaffSignInController;
class StaffSignInQueue;
class IdCardController;
class SyncService;
class AuthorizationController;
class CareHomeModel;
class PaymentController;
class PaymentQueue;
class PrefillPreview;
class PrefillReading;
class PrefillScanController;
struct KioskCoreAccess;
struct SyncServiceOptions;
struct SyncSnapshot;
class Translations;

// The kiosk assembled: translations, the customer's context, the session,
// the idle watcher, the shell, each feature with its pages on the router, and
// the QML engine, wired together on the backends it is given. main() and the
// GUI tests both build exactly this, so the tests drive what customers use.
class Kiosk : public QObject
{
    Q_OBJECT
public:
    Kiosk(const KioskOptions &options, KioskBackends backends, QObject *parent = nullptr);
    ~Kiosk() override;

    // Opens the local store, then loads Main.qml and applies the deep link.
    // False when the store cannot be opened or the window failed; errorMessage()
    // says why, translated.
    bool load();
    QString errorMessage() const { return m_error; }

    QQuickWindow *window() const;
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    SessionContext *context() const { return m_context; }
    Router *router() const { return m_router; }
    ShellController *shell() const { return m_shell; }
    IdleWatcher *idle() const { return m_idle; }
    KioskSession *session() const { return m_session; }
    Database *store() const { return m_store.get(); }
    JournalRepository *journal() const { return m_journal.get(); }
    SubmissionRepository *submissions() const { return m_submissions.get(); }
    AuditLog *audit() const { return m_audit.get(); }
    FormController *flow() const { return m_flow; }
    SearchController *search() const { return m_search; }
    StaffController *staff() const { return m_staff; }
    // Who is signed in at the staff page (also in the session context), and
    // the page's sign-in; sign-ins run on their own worker (KioskStaff.cpp).
    StaffSession *staffSession() const { return m_staffSession.get(); }
    StaffSignInController *staffSignIn() const { return m_staffSignIn; }
    IdCardController *idCard() const { return m_idCard; }
    // Receipts to the printer, off the GUI thread.
    PrintQueue *printQueue() const { return m_printQueue.get(); }
    // Delivery to core; null until load() succeeded.
    SyncService *sync() const { return m_sync.get(); }
    // Card payments, off the GUI thread; null without card devices or enrolment.
    PaymentQueue *payments() const { return m_payments.get(); }
    // The pay step of a flow.
    PaymentController *payment() const { return m_payment; }
    AuthorizationController *authorization() const { return m_authorization; }
    PrefillScanController *prefillScan() const { return m_scan; }
    // The anti-fraud stop before a transfer commits (KioskFraud.cpp).
    FraudController *fraud() const { return m_fraud; }
    const Catalog &catalog() const { return m_catalog; }
    // The scan screen's camera; null when the kiosk has none.
    CameraSource *camera() const { return m_backends.camera.get(); }
    // The voice, and the pages' way to it.
    Speech *speech() const { return m_backends.speech.get(); }
    Speaker *speaker() const { return m_speaker; }
    // The voice when it records (--speech off, tests); else null.
    RecordingSpeech *speechRecorder() const { return m_backends.speechRecorder; }
    QString receiptDirectory() const;
    Translations *translations() const { return m_translations; }
    const KioskOptions &options() const { return m_options; }

private:
    bool openStore();
    bool openKeys();
    void deliverSoon();
    void endVisit(const QString &sessionId);
    // Staff switched care mode on for the customer: this visit, audited under them.
    void careModeByStaff(const QString &staffId);
    void updateFlowBackends();
    void startSync();
    void startPayments(const SyncServiceOptions &sync);
    void startPrefill(const SyncServiceOptions &sync);
    void startStaffSignIn(const SyncServiceOptions &sync);
    void startAuthorizations();
    KioskCoreAccess coreAccess(const SyncServiceOptions &sync) const;
    void showSync(const SyncSnapshot &snapshot);
    void pinCoreAnchorKey(const QByteArray &publicKey);
    void setUpFraud();
    // The rules and watch list last pulled from core, or the built-in ones.
    void loadFraudRules();

    KioskOptions m_options;
    QString m_error;
    // Declared before the shell and the flow, which keep pointers into it.
    Catalog m_catalog;
    KioskBackends m_backends;
    std::unique_ptr<Database> m_store;
    std::shared_ptr<Sealing> m_sealing;
    std::shared_ptr<const AuditChainKey> m_auditKey;
    bool m_coreAnchorKeyPinned = false;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<JournalRepository> m_journal;
    // Reads what was stored (tests, staff); the customer's submissions go
    // through m_submitter, on its own thread.
    std::unique_ptr<SubmissionRepository> m_submissions;
    std::unique_ptr<SubmissionQueue> m_submitter;
    std::unique_ptr<PrintQueue> m_printQueue;
    Translations *m_translations;
    SessionContext *m_context;
    Router *m_router;
    KioskSession *m_session;
    IdleWatcher *m_idle;
    ShellController *m_shell;
    FormController *m_flow;
    SearchController *m_search;
    StaffController *m_staff;
    std::unique_ptr<StaffSession> m_staffSession;
    StaffSignInController *m_staffSignIn;
    std::unique_ptr<StaffSignInQueue> m_staffQueue;
    IdCardController *m_idCard;
    Speaker *m_speaker;
    std::shared_ptr<PrefillPreview> m_preview;
    PrefillScanController *m_scan;
    PaymentController *m_payment;
    AuthorizationController *m_authorization;
    CareHomeModel *m_careHome;
    bool m_kioskAuthorizes = false; // enrolled: core gives supervisors' authorizations
    FraudController *m_fraud = nullptr;
    QMap<QString, qint64> m_fraudVersions; // the anti-fraud reference versions in use
    std::unique_ptr<PrefillReading> m_prefill;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<PaymentQueue> m_payments;
    // Last: stopped first, before the store and the engine go.
    std::unique_ptr<SyncService> m_sync;
};

} // namespace branch
