#include "StaffSignInController.h"
#include "AuditLog.h"
#include "DamagedStore.h"
#include "KioskDriver.h"
#include "Kiosk.h"
#include "KioskTestBackends.h"
#include "SalvageReportModel.h"
#include "ShellController.h"
#include "StaffController.h"
#include "StaffPages.h"

#include <QAccessible>
#include <QQmlExtensionPlugin>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "KioskQmlPlugins.h"

using branch::Kiosk;

// The kiosk starts on a damaged database: it sets it aside, salvages it,
// records that in the audit log, and staff read the report by clicking from
// the staff page through to it.
class tst_KioskSalvage : public QObject
{
    Q_OBJECT

    static QString accessibleName(QQuickItem *item)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        return iface ? iface->text(QAccessible::Name) : QString();
    }

private Q_SLOTS:
    void staffReadWhatWasSavedAndLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.sqlite"));
        QCOMPARE(branch::test::populatedKiosk(path, 300, QStringLiteral("K001"), 500).size(), 300);
        const QList<qint64> leaves =
            branch::test::pagesOf(path, QStringLiteral("submissions"), QStringLiteral("leaf"));
        QVERIFY(leaves.size() > 6);
        QVERIFY(branch::test::garblePage(path, leaves.at(3)));

        branch::KioskOptions options;
        options.language = QStringLiteral("en");
        options.databasePath = path;
        options.devInsecureSecretsDir = dir.filePath(QStringLiteral("secrets"));
        options.kioskCode = QStringLiteral("K001");
        m_kiosk = std::make_unique<Kiosk>(options, kioskTestBackends(options));
        QVERIFY(m_kiosk->load());
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
        m_ui.attach(m_kiosk->window());
        QCOMPARE(m_kiosk->shell()->bannerCode(), QStringLiteral("store_quarantined"));

        // Recorded once in the new database's audit log.
        QSqlQuery q(m_kiosk->store()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT actor, subject, details FROM audit_log WHERE kind = 'store_salvage'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kiosk"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("salvage:1"));
        QVERIFY2(q.value(2).toString().contains(QStringLiteral("\"enrolment\":true")), qPrintable(q.value(2).toString()));
        QVERIFY(!q.next());
        QVERIFY(m_kiosk->audit()->verify().value.intact());

        STEP(m_ui.longPress(QStringLiteral("syncBadge")));
        QCOMPARE(m_kiosk->shell()->route(), branch::routes::staffSignIn);
        // A member signs in (the sign-in itself, against core and offline,
        // is tst_kiosksync's): the sign-in's result as the worker gives it.
        branch::StaffSignInResult signedIn;
        signedIn.member = {QStringLiteral("S0042"), QStringLiteral("Wang Fang"), branch::StaffRole::Teller,
                           QStringLiteral("0101")};
        signedIn.offline = true;
        m_kiosk->staffSignIn()->finish(signedIn);
        QCOMPARE(m_kiosk->shell()->route(), branch::routes::staff);
        const QString notice = m_ui.text(QStringLiteral("staffSalvageText"));
        QVERIFY2(notice.contains(QStringLiteral("Not everything could be saved")), qPrintable(notice));
        QCOMPARE(accessibleName(m_ui.item(QStringLiteral("salvageReportButton"))), QStringLiteral("Recovery report"));
        STEP(m_ui.shoot(QStringLiteral("staff-salvage-notice")));

        STEP(m_ui.click(QStringLiteral("salvageReportButton")));
        QCOMPARE(m_kiosk->shell()->route(), branch::routes::staffSalvage);
        QVERIFY(m_ui.item(QStringLiteral("salvageReportPage")));
        branch::SalvageReportModel *model = m_kiosk->staff()->salvage();
        const QString waiting = m_ui.text(QStringLiteral("salvageItemText_outbox_waiting"));
        QCOMPARE(waiting, model->data(model->index(0), branch::SalvageReportModel::TextRole).toString());
        QVERIFY2(waiting.startsWith(QStringLiteral("Requests waiting for core: ")) && waiting.contains(QStringLiteral("lost")),
                 qPrintable(waiting));
        QCOMPARE(accessibleName(m_ui.item(QStringLiteral("salvageItem_outbox_waiting"))), waiting);
        QVERIFY(m_ui.text(QStringLiteral("salvageItemText_enrolment")).startsWith(QStringLiteral("Enrolment with core: 1 saved")));
        QVERIFY(m_ui.text(QStringLiteral("salvageReceipts")).contains(QStringLiteral("100001")));
        QVERIFY(m_ui.text(QStringLiteral("salvageKeptAt")).contains(QStringLiteral("kiosk.sqlite.corrupt-")));
        QVERIFY(m_ui.text(QStringLiteral("salvageSummary")).startsWith(QStringLiteral("Part of the damaged database")));
        STEP(m_ui.shoot(QStringLiteral("staff-salvage-report")));

        // Back leads to the staff page, not home.
        STEP(m_ui.click(QStringLiteral("backButton")));
        QCOMPARE(m_kiosk->shell()->route(), branch::routes::staff);

        // In the other language, the wording follows.
        m_kiosk->context()->setLanguage(QStringLiteral("zh_CN"));
        STEP(m_ui.click(QStringLiteral("salvageReportButton")));
        STEP(m_ui.settle());
        QVERIFY(m_ui.text(QStringLiteral("salvageItemText_outbox_waiting")) != waiting);
    }

    void cleanup() { m_kiosk.reset(); }

private:
    std::unique_ptr<Kiosk> m_kiosk;
    KioskDriver m_ui;
};

QTEST_MAIN(tst_KioskSalvage)
#include "tst_kiosksalvage.moc"
