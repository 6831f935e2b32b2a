#include "../../forms/FormTestSupport.h"
#include "FormController.h"
#include "Kiosk.h"
#include "KioskTestBackends.h"
#include "KioskDriver.h"
#include "ShellController.h"

#include <QAccessible>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "KioskQmlPlugins.h"

using branch::FormController;
using branch::ShellController;

// Every shipped service, in normal and in care mode, opened from its deep
// link and walked through each page of its form to the review: every field
// is on screen, inside the window, with an accessible name, and the page
// accepts a valid answer. A broken layout or field type shows up here, not at
// a counter.
class tst_AllForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rendersEveryPage_data();
    void rendersEveryPage();

private:
    void lookUpBill(const QString &serviceId);
    void checkScreen(const QString &serviceId);
    void answerScreen(const QJsonObject &sample);

    QTemporaryDir m_dataDir;
    std::unique_ptr<branch::Kiosk> m_kiosk;
    KioskDriver m_ui;
    QJsonArray m_billers;
};

void tst_AllForms::initTestCase()
{
    // The kiosk's clock stands still on the samples' day, so the date samples
    // fit its "today" whatever day the test runs.
    QVERIFY(m_dataDir.isValid());
    branch::KioskOptions options;
    options.language = QStringLiteral("en");
    options.databasePath = m_dataDir.filePath(QStringLiteral("kiosk.sqlite"));
    options.devInsecureSecretsDir = m_dataDir.filePath(QStringLiteral("secrets"));
    m_kiosk = std::make_unique<branch::Kiosk>(
        options, kioskTestBackends(options, QDateTime(formtest::sampleDay, QTime(10, 0))));
    QVERIFY(m_kiosk->load());
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    m_ui.attach(m_kiosk->window());

    QFile bills(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/resources/billing/reference-bills.json"));
    QVERIFY(bills.open(QIODevice::ReadOnly));
    m_billers = QJsonDocument::fromJson(bills.readAll()).object().value(QStringLiteral("billers")).toArray();
    QVERIFY(!m_billers.isEmpty());
}

void tst_AllForms::cleanupTestCase()
{
    m_kiosk.reset();
}

void tst_AllForms::rendersEveryPage_data()
{
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<bool>("care");
    int services = 0;
    for (const branch::ServiceDefinition &service : formtest::shippedCatalog().services()) {
        if (service.kind != branch::ServiceKind::Service)
            continue;
        ++services;
        for (const bool care : {false, true}) {
            QTest::addRow("%s%s", qPrintable(service.id), care ? " care" : "") << service.id << care;
        }
    }
    QVERIFY(services >= 54);
}

void tst_AllForms::rendersEveryPage()
{
    QFETCH(QString, serviceId);
    QFETCH(bool, care);
    ShellController *shell = m_kiosk->shell();
    FormController *flow = m_kiosk->flow();
    shell->goHome();
    shell->context()->setCareMode(care);
    QVERIFY(shell->openService(serviceId));
    STEP(m_ui.settle());
    QVERIFY(m_ui.item(QStringLiteral("serviceDetailPage")));
    if (!flow->startable()) {
        // Counter-only services explain themselves instead of starting.
        QVERIFY2(!flow->counterNotes().isEmpty(), qPrintable(serviceId));
        return;
    }
    STEP(m_ui.click(QStringLiteral("startServiceButton")));
    if (flow->stage() == FormController::Stage::Lookup)
        STEP(lookUpBill(serviceId));
    QCOMPARE(flow->stage(), FormController::Stage::Fill);

    const QJsonObject sample = formtest::sampleForm(formtest::service(serviceId));
    int pages = 0;
    while (flow->stage() == FormController::Stage::Fill) {
        QVERIFY2(++pages <= flow->screenCount(), "the form goes round in circles");
        const int screen = flow->screenIndex();
        STEP(checkScreen(serviceId));
        STEP(answerScreen(sample));
        STEP(m_ui.click(QStringLiteral("formNextButton")));
        QVERIFY2(flow->stage() != FormController::Stage::Fill || flow->screenIndex() > screen,
                 qPrintable(QStringLiteral("page %1 refused: %2")
                                .arg(screen)
                                .arg(flow->fieldErrors().keys().join(QStringLiteral(", ")))));
    }
    QCOMPARE(flow->stage(), FormController::Stage::Review);
    QVERIFY(m_ui.item(QStringLiteral("reviewConfirmButton")));
    if (care)
        QCOMPARE(pages, flow->screenCount());
    shell->goHome();
}

void tst_AllForms::lookUpBill(const QString &serviceId)
{
    QString account;
    for (const QJsonValue &biller : std::as_const(m_billers)) {
        if (biller[QStringLiteral("serviceId")].toString() != serviceId)
            continue;
        const QJsonObject accounts = biller[QStringLiteral("accounts")].toObject();
        for (auto it = accounts.begin(); it != accounts.end() && account.isEmpty(); ++it) {
            if (!it.value().toArray().isEmpty())
                account = it.key();
        }
    }
    QVERIFY2(!account.isEmpty(), qPrintable(QStringLiteral("no reference bill for %1").arg(serviceId)));
    // Some account numbers are plates like 京A12345: set the text as an input
    // method would commit it, then press the button.
    STEP(m_ui.click(QStringLiteral("lookupAccountField")));
    m_ui.item(QStringLiteral("lookupAccountField"))->setProperty("text", account);
    STEP(m_ui.click(QStringLiteral("lookupButton")));
    QVERIFY2(m_kiosk->flow()->stage() == FormController::Stage::Fill, qPrintable(m_kiosk->flow()->lookupError()));
}

void tst_AllForms::checkScreen(const QString &serviceId)
{
    const qreal windowWidth = m_ui.window()->width();
    const branch::FieldListModel *fields = m_kiosk->flow()->fields();
    QVERIFY(fields->rowCount() > 0);
    if (m_kiosk->shell()->careMode())
        QCOMPARE(fields->rowCount(), 1);
    for (int row = 0; row < fields->rowCount(); ++row) {
        const QString id = fields->fieldIdAt(row);
        const QString where = serviceId + u'.' + id;
        QQuickItem *box = m_ui.item(QStringLiteral("fieldBox_") + id);
        QVERIFY2(box, qPrintable(where));
        const QRectF onScreen = box->mapRectToScene(QRectF(0, 0, box->width(), box->height()));
        QVERIFY2(onScreen.left() >= 0 && onScreen.right() <= windowWidth + 0.5, qPrintable(where));
        QVERIFY2(box->height() > 0, qPrintable(where));
        QQuickItem *control = m_ui.item(QStringLiteral("field_") + id);
        if (!control)
            control = m_ui.item(QStringLiteral("fieldValue_") + id);
        if (!control)
            continue; // a choice: its options carry the names
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(), qPrintable(where));
    }
}

void tst_AllForms::answerScreen(const QJsonObject &sample)
{
    FormController *flow = m_kiosk->flow();
    const branch::FieldListModel *fields = flow->fields();
    // Answering may not change which rows there are: read them all first.
    QList<QPair<QString, QString>> open;
    for (int row = 0; row < fields->rowCount(); ++row) {
        const QModelIndex at = fields->index(row);
        if (!at.data(branch::FieldListModel::LockedRole).toBool())
            open.append({at.data(branch::FieldListModel::FieldIdRole).toString(),
                         at.data(branch::FieldListModel::TypeRole).toString()});
    }
    for (const auto &[id, type] : std::as_const(open)) {
        const QJsonValue value = sample.value(id);
        if (type == u"enum") {
            flow->setChoice(id, value.toString());
        } else if (type == u"consent") {
            flow->setChecked(id, true);
        } else if (type == u"document") {
            flow->presentOriginal(id);
        } else if (type == u"signature") {
            continue; // taken on paper by staff
        } else if (type == u"money") {
            const qint64 fen = value.toInteger();
            flow->setText(id, QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0')));
        } else if (type == u"number") {
            flow->setText(id, QString::number(value.toInteger()));
        } else {
            flow->setText(id, value.toString());
        }
    }
    STEP(m_ui.settle());
}

QTEST_MAIN(tst_AllForms)
#include "tst_allforms.moc"
