#pragma once

#include "Authorization.h"
#include "BillLine.h"
#include "BillLookup.h"
#include "FieldListModel.h"
#include "FlowSteps.h"
#include "FormValidator.h"
#include "Money.h"
#include "ReceiptPrinting.h"
#include "ReviewListModel.h"
#include "SignatureCapture.h"
#include "SubmissionService.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace branch {

class BillerDirectory;
class Catalog;
class Clock;
class JournalRepository;
class KioskSession;
class PrintQueue;
class SubmissionQueue;

// What the form flow talks to. Chosen when the kiosk is assembled.
struct FlowBackends
{
    const Catalog *catalog = nullptr;
    const BillerDirectory *billers = nullptr;
    const Clock *clock = nullptr;
    const KioskSession *session = nullptr;
    JournalRepository *journal = nullptr;
    // Stores requests and writes their receipts off the GUI thread.
    SubmissionQueue *submitter = nullptr;
    // Sends each receipt to the receipt printer off the GUI thread; null: no printer.
    PrintQueue *printer = nullptr;
    // The kiosk has a card reader and PIN pad and is enrolled with core: a
    // service whose catalog asks for payment gets a pay step (FlowSteps).
    bool kioskTakesPayment = false;
    // The kiosk reaches core for supervisors' authorizations: an amount above
    // the service's limit gets an authorize step (FlowSteps).
    bool kioskAuthorizes = false;
};

// One service's flow after "Start": bill look-up, form pages, review,
// signature, submission, receipt. Holds the values and their errors; every
// check is FormValidator's, the steps, the bill and the submission are
// modules/flow's, every value is journaled for the current visit. QML only
// presents what this says.
class FormController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the kiosk")
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY serviceChanged)
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY textsChanged)
    Q_PROPERTY(QString description READ description NOTIFY textsChanged)
    Q_PROPERTY(QString eligibility READ eligibility NOTIFY textsChanged)
    Q_PROPERTY(QVariantList materials READ materials NOTIFY textsChanged)
    Q_PROPERTY(QString feeText READ feeText NOTIFY textsChanged)
    Q_PROPERTY(QStringList counterNotes READ counterNotes NOTIFY textsChanged)
    // The same, one to a line, for the review page and the receipt.
    Q_PROPERTY(QString counterNotesText READ counterNotesText NOTIFY textsChanged)
    Q_PROPERTY(bool startable READ startable NOTIFY serviceChanged)
    // The answers came from an e-Tongban prefill (the form says so).
    Q_PROPERTY(bool prefilled READ prefilled NOTIFY prefilledChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    // "Page 2 of 3: Employee", "Check your answers"...: the header's subtitle.
    Q_PROPERTY(QString stepText READ stepText NOTIFY screenChanged)
    // The questions on screen; a keystroke changes one row.
    Q_PROPERTY(branch::FieldListModel *fields READ fields CONSTANT)
    // "Next", or "Review" on the last page.
    Q_PROPERTY(QString nextText READ nextText NOTIFY screenChanged)
    Q_PROPERTY(QString lookupLabel READ lookupLabel NOTIFY textsChanged)
    Q_PROPERTY(QString lookupPrompt READ lookupPrompt NOTIFY textsChanged)
    Q_PROPERTY(QString lookupError READ lookupError NOTIFY lookupChanged)
    // What the bill look-up found, shown above the questions: who is paid,
    // the holder's name as the biller gives it (masked), and each bill.
    Q_PROPERTY(QString billPayee READ billPayee NOTIFY lookupChanged)
    Q_PROPERTY(QString billHolder READ billHolder NOTIFY lookupChanged)
    // "Total: ¥203.25" when there is more than one bill, else empty.
    Q_PROPERTY(QString billTotal READ billTotal NOTIFY lookupChanged)
    // A list of billLine; Qt 6.4's QML cannot declare list<billLine>.
    Q_PROPERTY(QVariantList bills READ bills NOTIFY lookupChanged)
    Q_PROPERTY(branch::ReviewListModel *review READ review CONSTANT)
    Q_PROPERTY(QString amountText READ amountText NOTIFY amountChanged)
    // The review's button: on to the signature, or straight to submission.
    Q_PROPERTY(QString confirmText READ confirmText NOTIFY serviceChanged)
    // The signature page's button: submit, or on to the pay step.
    Q_PROPERTY(QString signedText READ signedText NOTIFY serviceChanged)
    Q_PROPERTY(branch::SignatureCapture *signature READ signature CONSTANT)
    // True while a submission is being saved: its buttons wait.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // What a screen reader announces while busy ("Saving your request").
    Q_PROPERTY(QString statusText READ statusText NOTIFY busyChanged)
    Q_PROPERTY(QString submitError READ submitError NOTIFY submitErrorChanged)
    Q_PROPERTY(QString receiptNumber READ receiptNumber NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptQrSource READ receiptQrSource NOTIFY receiptChanged)
    // "Paid ¥203.25 with card 622202******0015, authorisation code A1B2C3",
    // or that the payment is not confirmed; empty when nothing was paid here.
    Q_PROPERTY(QString paymentText READ paymentText NOTIFY receiptChanged)
    // The receipt on its way to paper, and what to do when it does not get there.
    Q_PROPERTY(branch::ReceiptPrinting *printing READ printing CONSTANT)
public:
    enum class Stage { None, Lookup, Fill, Review, Sign, Authorize, Pay, Receipt };
    Q_ENUM(Stage)

    explicit FormController(QObject *parent = nullptr);
    ~FormController() override;

    void setBackends(const FlowBackends &backends);
    // Asked when the customer confirms the review, before anything is
    // committed: false holds the flow on the review (the guard shows its own
    // view, BranchSuite.Fraud, and calls confirmReview() again once satisfied).
    using ReviewGuard = std::function<bool()>;
    void setReviewGuard(ReviewGuard guard) { m_reviewGuard = std::move(guard); }

    // Shows a service's details; starting its form is a separate step.
    bool showService(const QString &serviceId);
    // Starts the flow at its first stage, with nothing entered.
    bool start();
    void setCareMode(bool care);
    // Re-reads every text after a language switch.
    void retranslate();

    QString serviceId() const;
    QString serviceName() const;
    QString description() const;
    QString eligibility() const;
    QVariantList materials() const;
    QString feeText() const;
    QStringList counterNotes() const;
    QString counterNotesText() const { return counterNotes().join(u'\n'); }
    bool startable() const;
    Stage stage() const { return m_stage; }
    QString stepText() const;
    FieldListModel *fields() const { return m_fields; }
    QString nextText() const;
    QString lookupLabel() const;
    QString lookupPrompt() const;
    QString lookupError() const { return m_lookupError; }
    QString billPayee() const;
    QString billHolder() const;
    QString billTotal() const;
    QVariantList bills() const;
    ReviewListModel *review() const { return m_review; }
    QString amountText() const;
    QString confirmText() const;
    QString signedText() const;
    bool needsSignature() const;
    SignatureCapture *signature() const { return m_signature; }
    bool busy() const { return m_busy; }
    QString statusText() const;
    QString submitError() const { return m_submitError; }
    QString receiptNumber() const { return m_receiptNumber; }
    QString receiptPath() const { return m_receiptPath; }
    QString receiptQrSource() const;
    QString paymentText() const;
    QImage receiptQr() const { return m_receiptQr; }
    ReceiptPrinting *printing() const { return m_printing; }

    // For C++ callers and tests; QML reads the models.
    int screenIndex() const { return m_screen; }
    int screenCount() const { return int(m_screens.size()); }
    QString screenTitle() const;
    QStringList screenFieldIds() const { return m_screens.value(m_screen); }
    QJsonObject values() const { return m_values; }
    // What a field's input shows.
    QString text(const QString &fieldId) const { return m_texts.value(fieldId); }
    // The first error of each field that has one, in the current language.
    QMap<QString, QString> fieldErrors() const;
    // One field's shown error, or empty: what the voice reads when it appears.
    Q_INVOKABLE QString errorOf(const QString &fieldId) const { return fieldErrors().value(fieldId); }
    QList<ReviewLine> reviewLines() const;

    Q_INVOKABLE void setText(const QString &fieldId, const QString &text);
    Q_INVOKABLE void setChoice(const QString &fieldId, const QString &value);
    Q_INVOKABLE void setChecked(const QString &fieldId, bool checked);
    // Answers given elsewhere (the ID card, an e-Tongban prefill), as text:
    // each goes through the setter the customer's own answer would, so it is
    // converted and checked the same way. Fields the form lacks are skipped.
    void fillAnswers(const QHash<QString, QString> &answers);
    // The e-Tongban prefill this form completes (32 hex); cleared with the form.
    void setPrefillReference(const QString &reference);
    QString prefillReference() const { return m_prefillReference; }
    bool prefilled() const { return !m_prefillReference.isEmpty(); }
    // Documents: the kiosk has no camera capture yet; the customer shows the
    // original at the counter and the form records that promise.
    Q_INVOKABLE void presentOriginal(const QString &fieldId);
    // A document that is already with the bank, by reference: a photo the
    // customer took on the phone ("prefill:photo:<id>", kept by core), with
    // its thumbnail (JPEG) for the customer to see.
    void attachDocument(const QString &fieldId, const QString &reference, const QByteArray &thumbnail = {});
    QByteArray documentThumbnail(const QString &fieldId) const { return m_thumbnails.value(fieldId); }
    // "image://document/<fieldId>/<n>" when the field has a thumbnail, else "".
    Q_INVOKABLE QString documentThumbnailSource(const QString &fieldId) const;
    // The customer checked a value that only warned (a card number that fails
    // the Luhn check) and says it is right. "Next" waits for this; a new value
    // needs it again.
    Q_INVOKABLE void confirmWarning(const QString &fieldId);
    Q_INVOKABLE bool lookupBill(const QString &accountNumber);
    // Checks the current page and moves on; false (with errors shown) when it
    // cannot. After the last page comes the review.
    Q_INVOKABLE bool next();
    // False at the first step: the shell goes back to the detail page then.
    Q_INVOKABLE bool back();
    // From the review, "Change" on one line: back to that question's page,
    // with the question focused; "Next" there returns to the review.
    Q_INVOKABLE bool editField(const QString &fieldId);
    Q_INVOKABLE bool confirmReview();
    // After the review (and the signature): stores the request, or, when the
    // kiosk takes the payment, goes on to the pay step first.
    Q_INVOKABLE bool submit();
    // The pay step's card payment settled (BranchSuite.Payment): authorised,
    // or with an unknown outcome, the request is stored carrying it; a
    // declined one is not taken (the customer tries again or goes back).
    bool completePayment(const PaymentResult &payment);
    // What the pay step charges, and to whom.
    std::optional<Money> amountDue() const { return amount(); }
    // The authorize step (BranchSuite.Staff): a supervisor's authorization
    // that core signed and the kiosk checked, for this service and exactly
    // this amount; then the flow goes on to pay or to store.
    bool completeAuthorization(const AuthorizationRecord &record);
    // The amount is above the service's limit and the kiosk authorizes here.
    bool authorizationNeeded() const;
    QString sessionId() const;

public Q_SLOTS:
    // Forgets everything the customer entered (end of visit, or leaving the form).
    void clear();

Q_SIGNALS:
    void serviceChanged();
    void prefilledChanged();
    void textsChanged();
    void stageChanged();
    void screenChanged();
    void amountChanged();
    void busyChanged();
    void lookupChanged();
    void submitErrorChanged();
    void receiptChanged();
    // "Next" stopped on this field, the first of the page with a problem: the
    // view scrolls to it and gives it focus.
    void errorShown(const QString &fieldId);
    // The review's "Change": the view shows and focuses this question.
    void editRequested(const QString &fieldId);

private:
    const ServiceDefinition *service() const;
    // The bill summary shows this field's value (holder, amount): no row for it.
    bool shownByBill(const QString &fieldId) const;
    void rebuildScreens();
    // The model follows the screen: its fields, their texts and errors.
    void fillModel();
    void setStage(Stage stage);
    void setScreen(int screen);
    void store(const FieldDefinition &field, const QJsonValue &value);
    // Writes the changed values among `ids` to the visit's journal in one
    // transaction: per answer or per page, not per keystroke (each is an fsync).
    void journal(const QStringList &ids);
    void setFieldErrors(const QString &fieldId, const QList<FieldError> &errors);
    // The row's error: the first one, or none for a warning already confirmed.
    std::optional<FieldError> shownError(const QString &fieldId) const;
    bool blocks(const QString &fieldId) const;
    // The cross-field rules that put an error on `fieldId`, among the fields
    // the customer has seen by `screen`.
    QList<FieldError> ruleErrors(const QString &fieldId, int screen) const;
    // After any answer: a rule error whose rule now holds goes at once.
    void dropResolvedRuleErrors();
    bool checkScreen(int screen);
    bool checkWholeForm();
    std::optional<Money> amount() const;
    void takeOutcome(qint64 ticket, const SubmissionResult &outcome);
    void setSubmitError(const QString &message);
    void setBusy(bool busy);
    void updateAmount();

    FlowBackends m_backends;
    ReviewGuard m_reviewGuard;
    QString m_serviceId;
    std::unique_ptr<FormValidator> m_validator;
    FlowSteps m_steps;
    qint64 m_ticket = 0; // the submission being saved; 0: none
    bool m_careMode = false;
    bool m_backToReview = false; // editing one answer from the review
    Stage m_stage = Stage::None;
    QList<QStringList> m_screens; // field ids per page
    int m_screen = 0;
    QJsonObject m_values;
    QHash<QString, QString> m_texts; // what each input shows
    QHash<QString, QList<FieldError>> m_errors;
    QHash<QString, QJsonValue> m_confirmed; // warnings the customer confirmed, for the value they saw
    QSet<QString> m_filledByLookup;
    QString m_prefillReference;
    QHash<QString, QByteArray> m_thumbnails;
    QSet<QString> m_unjournaled;
    QString m_lookupError;
    std::optional<BillPrefill> m_bill;
    FieldListModel *m_fields;
    ReviewListModel *m_review;
    SignatureCapture *m_signature;
    ReceiptPrinting *m_printing;
    QString m_amountText;
    bool m_busy = false;
    std::optional<PaymentResult> m_payment; // the pay step's, once settled
    std::optional<AuthorizationRecord> m_authorization; // the authorize step's; dropped when answers may change
    QString m_submitError;
    QString m_receiptNumber;
    QString m_receiptPath;
    QImage m_receiptQr;
};

} // namespace branch
