#pragma once

#include "FormValidator.h"
#include "Money.h"
#include "SignatureCapture.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace branch {

class BillerDirectory;
class Catalog;
class Clock;
class JournalRepository;
class KioskSession;
class SubmissionRepository;

// What the form flow talks to. Chosen when the kiosk is assembled.
struct FlowBackends
{
    const Catalog *catalog = nullptr;
    const BillerDirectory *billers = nullptr;
    const Clock *clock = nullptr;
    const KioskSession *session = nullptr;
    JournalRepository *journal = nullptr;
    SubmissionRepository *submissions = nullptr;
    QString receiptDirectory;
};

// One service's flow after "Start": bill look-up, form pages, review,
// signature, submission, receipt. Holds the values and their errors; every
// check is FormValidator's, every value is journaled for the current visit.
// QML only presents what this says.
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
    Q_PROPERTY(bool startable READ startable NOTIFY serviceChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(int screenIndex READ screenIndex NOTIFY screenChanged)
    Q_PROPERTY(int screenCount READ screenCount NOTIFY screenChanged)
    Q_PROPERTY(QString screenTitle READ screenTitle NOTIFY screenChanged)
    Q_PROPERTY(QVariantList screenFields READ screenFields NOTIFY screenChanged)
    Q_PROPERTY(QVariantMap texts READ texts NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QString lookupLabel READ lookupLabel NOTIFY textsChanged)
    Q_PROPERTY(QString lookupError READ lookupError NOTIFY lookupChanged)
    Q_PROPERTY(QVariantList reviewLines READ reviewLines NOTIFY valuesChanged)
    Q_PROPERTY(QString amountText READ amountText NOTIFY valuesChanged)
    Q_PROPERTY(bool needsSignature READ needsSignature NOTIFY serviceChanged)
    Q_PROPERTY(SignatureCapture *signature READ signature CONSTANT)
    Q_PROPERTY(QString submitError READ submitError NOTIFY submitErrorChanged)
    Q_PROPERTY(QString receiptNumber READ receiptNumber NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptPath READ receiptPath NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptQrSource READ receiptQrSource NOTIFY receiptChanged)
public:
    enum class Stage { None, Lookup, Fill, Review, Sign, Receipt };
    Q_ENUM(Stage)

    explicit FormController(QObject *parent = nullptr);
    ~FormController() override;

    void setBackends(const FlowBackends &backends) { m_backends = backends; }

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
    bool startable() const;
    Stage stage() const { return m_stage; }
    int screenIndex() const { return m_screen; }
    int screenCount() const { return int(m_screens.size()); }
    QString screenTitle() const;
    QVariantList screenFields() const;
    QVariantMap texts() const;
    QVariantMap errors() const;
    QString lookupLabel() const;
    QString lookupError() const { return m_lookupError; }
    QVariantList reviewLines() const;
    QString amountText() const;
    bool needsSignature() const;
    SignatureCapture *signature() const { return m_signature; }
    QString submitError() const { return m_submitError; }
    QString receiptNumber() const { return m_receiptNumber; }
    QString receiptPath() const { return m_receiptPath; }
    QString receiptQrSource() const;
    QImage receiptQr() const { return m_receiptQr; }
    QJsonObject values() const { return m_values; }

    Q_INVOKABLE void setText(const QString &fieldId, const QString &text);
    Q_INVOKABLE void setChoice(const QString &fieldId, const QString &value);
    Q_INVOKABLE void setChecked(const QString &fieldId, bool checked);
    // Documents: the kiosk has no camera capture yet; the customer shows the
    // original at the counter and the form records that promise.
    Q_INVOKABLE void presentOriginal(const QString &fieldId);
    Q_INVOKABLE bool lookupBill(const QString &accountNumber);
    // Checks the current page and moves on; false (with errors shown) when it
    // cannot. After the last page comes the review.
    Q_INVOKABLE bool next();
    // False at the first step: the shell goes back to the detail page then.
    Q_INVOKABLE bool back();
    Q_INVOKABLE bool confirmReview();
    Q_INVOKABLE bool submit();

public Q_SLOTS:
    // Forgets everything the customer entered (end of visit, or leaving the form).
    void clear();

Q_SIGNALS:
    void serviceChanged();
    void textsChanged();
    void stageChanged();
    void screenChanged();
    void valuesChanged();
    void errorsChanged();
    void lookupChanged();
    void submitErrorChanged();
    void receiptChanged();

private:
    const ServiceDefinition *service() const;
    void rebuildScreens();
    void setStage(Stage stage);
    void setScreen(int screen);
    void store(const FieldDefinition &field, const QJsonValue &value);
    // Writes the changed values among `ids` to the visit's journal in one
    // transaction: per answer or per page, not per keystroke (each is an fsync).
    void journal(const QStringList &ids);
    void setFieldErrors(const QString &fieldId, const QList<FieldError> &errors);
    bool checkScreen(int screen);
    bool checkWholeForm();
    std::optional<Money> amount() const;
    QString writeReceipt(const QString &number, const QDateTime &createdAt, const QImage &signature);
    void setSubmitError(const QString &message);

    FlowBackends m_backends;
    QString m_serviceId;
    std::unique_ptr<FormValidator> m_validator;
    bool m_careMode = false;
    Stage m_stage = Stage::None;
    QList<QStringList> m_screens; // field ids per page
    int m_screen = 0;
    QJsonObject m_values;
    QHash<QString, QString> m_texts; // what each input shows
    QHash<QString, QList<FieldError>> m_errors;
    QSet<QString> m_filledByLookup;
    QSet<QString> m_unjournaled;
    std::optional<Money> m_billTotal;
    QString m_lookupError;
    SignatureCapture *m_signature;
    QString m_submitError;
    QString m_receiptNumber;
    QString m_receiptPath;
    QImage m_receiptQr;
};

} // namespace branch
