#include "IdleWatcher.h"
#include "Kiosk.h"
#include "KioskTestBackends.h"
#include "KioskDriver.h"
#include "KioskSession.h"
#include "MarkerTranslator.h"
#include "SearchController.h"
#include "SearchResultModel.h"
#include "ShellController.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "KioskQmlPlugins.h"

using branch::Kiosk;
using branch::SearchController;
using branch::ShellController;

// The home page's search box driven as a customer would: a tap on the box,
// then taps on the on-screen keyboard's keys (English, then pinyin with a
// candidate chosen), then a tap on a result.
class tst_SearchFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardOpensWithTheSearchBox();
    void keyboardFollowsKioskLanguage();
    void englishByKeyboard();
    void pinyinToServiceDetail();
    void noMatchIsExplained();
    void actionResultDoesWhatItsTileDoes();

private:
    QQuickItem *item(const QString &objectName) const;
    QQuickItem *keyboard() const;
    void click(QQuickItem *target);
    void click(const QString &objectName);
    void focusSearch();
    void tapKeys(const QString &text);
    void waitForResults();
    void settle();
    void shoot(const QString &name);
    QString fieldText() const;

    QTemporaryDir m_dataDir;
    std::unique_ptr<MarkerTranslator> m_marker;
    std::unique_ptr<Kiosk> m_kiosk;
    QQuickWindow *m_window = nullptr;
};

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name) { return KioskDriver::findItem(root, name); }
QQuickItem *findText(QQuickItem *root, const QString &text) { return KioskDriver::findText(root, text); }

} // namespace

void tst_SearchFlow::initTestCase()
{
    // main() set QT_IM_MODULE before the application, as the kiosk does.
    QCOMPARE(qgetenv("QT_IM_MODULE"), QByteArray("qtvirtualkeyboard"));
    if (qEnvironmentVariableIsEmpty("BRANCH_SCREENSHOT_DIR")) {
        m_marker = std::make_unique<MarkerTranslator>();
        QCoreApplication::installTranslator(m_marker.get());
    }
}

void tst_SearchFlow::init()
{
    QVERIFY(m_dataDir.isValid());
    branch::KioskOptions options;
    options.language = QStringLiteral("en");
    options.databasePath = m_dataDir.filePath(QStringLiteral("kiosk.sqlite"));
    options.devInsecureSecretsDir = m_dataDir.filePath(QStringLiteral("secrets"));
    m_kiosk = std::make_unique<Kiosk>(options, kioskTestBackends(options));
    QVERIFY(m_kiosk->load());
    m_window = m_kiosk->window();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    settle();
}

void tst_SearchFlow::cleanup()
{
    m_kiosk.reset();
    m_window = nullptr;
}

QQuickItem *tst_SearchFlow::item(const QString &objectName) const
{
    return findItem(m_window->contentItem(), objectName);
}

QQuickItem *tst_SearchFlow::keyboard() const
{
    return item(QStringLiteral("searchKeyboard"));
}

void tst_SearchFlow::settle()
{
    QSignalSpy frame(m_window, &QQuickWindow::frameSwapped);
    m_window->update();
    QVERIFY(frame.wait(2000));
}

void tst_SearchFlow::shoot(const QString &name)
{
    settle();
    const QString dir = qEnvironmentVariable("BRANCH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grabWindow().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void tst_SearchFlow::click(QQuickItem *target)
{
    QVERIFY(target);
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QVERIFY2(m_window->contentItem()->contains(centre), qPrintable(target->objectName()));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    settle();
}

void tst_SearchFlow::click(const QString &objectName)
{
    settle();
    QQuickItem *target = item(objectName);
    QVERIFY2(target, qPrintable(objectName));
    click(target);
}

void tst_SearchFlow::focusSearch()
{
    click(QStringLiteral("searchField"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(item(QStringLiteral("searchField"))->hasActiveFocus());
    // The keyboard is loaded on first focus, then slides in.
    QTRY_VERIFY(keyboard() && keyboard()->property("active").toBool());
    settle();
}

void tst_SearchFlow::tapKeys(const QString &text)
{
    for (const QChar c : text) {
        const QString key = c == u' ' ? QStringLiteral("key_space") : QStringLiteral("key_") + c;
        QQuickItem *target = keyboard() ? findItem(keyboard(), key) : nullptr;
        QVERIFY2(target, qPrintable(key));
        click(target);
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_SearchFlow::waitForResults()
{
    // Debounced: the search runs once typing pauses.
    QTRY_VERIFY(!m_kiosk->search()->pending());
    settle();
}

QString tst_SearchFlow::fieldText() const
{
    QQuickItem *field = item(QStringLiteral("searchField"));
    return field ? field->property("text").toString() : QStringLiteral("<no field>");
}

void tst_SearchFlow::keyboardOpensWithTheSearchBox()
{
    QVERIFY(!item(QStringLiteral("searchKeyboard")));
    QQuickItem *field = item(QStringLiteral("searchField"));
    QVERIFY(field);
    QVERIFY(field->property("activeFocus").toBool() == false);
    QVERIFY(!item(QStringLiteral("searchPlaceholder"))->property("text").toString().isEmpty());
    focusSearch();
    QVERIFY(keyboard()->isVisible());
    // It opens in the kiosk's language.
    QQuickItem *board = findItem(keyboard(), QStringLiteral("keyboard"));
    QVERIFY(board);
    QTRY_COMPARE(board->property("locale").toString(), QStringLiteral("en_GB"));
    shoot(QStringLiteral("search-keyboard-en"));

    // Its hide key closes it; the kiosk's tiles are whole again.
    click(findItem(keyboard(), QStringLiteral("key_hide")));
    QTRY_VERIFY(!keyboard());
}

void tst_SearchFlow::keyboardFollowsKioskLanguage()
{
    QVERIFY(m_kiosk->shell()->context()->setLanguage(QStringLiteral("zh_CN")));
    settle();
    focusSearch();
    QQuickItem *board = findItem(keyboard(), QStringLiteral("keyboard"));
    QVERIFY(board);
    QTRY_COMPARE(board->property("locale").toString(), QStringLiteral("zh_CN"));
    tapKeys(QStringLiteral("yibao"));
    QCOMPARE(item(QStringLiteral("searchField"))->property("preeditText").toString(), QStringLiteral("yibao"));
    // The space key takes the first candidate.
    tapKeys(QStringLiteral(" "));
    QCOMPARE(fieldText(), QStringLiteral("医保"));
}

void tst_SearchFlow::englishByKeyboard()
{
    focusSearch();
    tapKeys(QStringLiteral("pay water bill"));
    QCOMPARE(fieldText(), QStringLiteral("pay water bill"));
    waitForResults();
    QCOMPARE(m_kiosk->search()->query(), QStringLiteral("pay water bill"));
    QCOMPARE(m_kiosk->search()->results()->idAt(0), QStringLiteral("utility.water"));
    QVERIFY(item(QStringLiteral("searchResult_utility.water")));
    shoot(QStringLiteral("search-english"));

    // Typed text keeps the idle countdown running; the end of the visit wipes it.
    QVERIFY(m_kiosk->idle()->isActive());
    m_kiosk->session()->clear();
    settle();
    QCOMPARE(fieldText(), QString());
    QCOMPARE(m_kiosk->search()->results()->rowCount(), 0);
    QVERIFY(!item(QStringLiteral("searchResult_utility.water")));
    QVERIFY(!m_kiosk->idle()->isActive());
}

void tst_SearchFlow::pinyinToServiceDetail()
{
    focusSearch();
    QQuickItem *board = findItem(keyboard(), QStringLiteral("keyboard"));
    QVERIFY(board);
    QTRY_COMPARE(board->property("locale").toString(), QStringLiteral("en_GB"));
    click(findItem(keyboard(), QStringLiteral("key_language")));
    QTRY_COMPARE(board->property("locale").toString(), QStringLiteral("zh_CN"));

    tapKeys(QStringLiteral("dianfei"));
    QQuickItem *field = item(QStringLiteral("searchField"));
    // Still composing: the letters are shown, nothing is committed yet.
    QCOMPARE(field->property("preeditText").toString(), QStringLiteral("dianfei"));
    QCOMPARE(fieldText(), QString());
    QQuickItem *candidates = findItem(keyboard(), QStringLiteral("wordCandidateView"));
    QVERIFY(candidates);
    QTRY_VERIFY(findText(candidates, QStringLiteral("电费")));
    // Candidates slide into the bar: tap once the word has arrived.
    QTRY_COMPARE(findText(candidates, QStringLiteral("电费"))->parentItem()->y(), 0.0);
    shoot(QStringLiteral("search-pinyin-candidates"));
    click(findText(candidates, QStringLiteral("电费")));
    QCOMPARE(fieldText(), QStringLiteral("电费"));
    QCOMPARE(field->property("preeditText").toString(), QString());

    waitForResults();
    QCOMPARE(m_kiosk->search()->results()->idAt(0), QStringLiteral("utility.electricity"));
    shoot(QStringLiteral("search-pinyin-results"));
    click(QStringLiteral("searchResult_utility.electricity"));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::service);
    QCOMPARE(m_kiosk->shell()->serviceId(), QStringLiteral("utility.electricity"));
    QVERIFY(item(QStringLiteral("serviceDetailPage")));
    // What was typed does not outlive the home page.
    QTRY_VERIFY(m_kiosk->search()->query().isEmpty());
    QVERIFY(!keyboard());
}

void tst_SearchFlow::noMatchIsExplained()
{
    focusSearch();
    tapKeys(QStringLiteral("xylophone"));
    waitForResults();
    QCOMPARE(m_kiosk->search()->results()->rowCount(), 0);
    QQuickItem *message = item(QStringLiteral("searchMessage"));
    QVERIFY(message);
    // The controller's own words, in the kiosk's language (or the marker while
    // the string is untranslated); never empty.
    const char *source = "Nothing matched. Please try other words, or call a staff member.";
    const QString english = message->property("text").toString();
    QVERIFY(!english.isEmpty());
    QCOMPARE(english, QCoreApplication::translate("branch::SearchController", source));
    shoot(QStringLiteral("search-no-match"));

    // The message follows a language switch, like every label.
    QVERIFY(m_kiosk->shell()->context()->setLanguage(QStringLiteral("zh_CN")));
    settle();
    const QString chinese = item(QStringLiteral("searchMessage"))->property("text").toString();
    QCOMPARE(chinese, QCoreApplication::translate("branch::SearchController", source));
    QVERIFY(chinese != english);

    // No "Call staff" button: this kiosk cannot call staff yet, and a button
    // that only says so is a dead end.
    QVERIFY(!m_kiosk->search()->canCallStaff());
    QQuickItem *callStaff = item(QStringLiteral("searchCallStaffButton"));
    QVERIFY(!callStaff || !callStaff->isVisible());
}

void tst_SearchFlow::actionResultDoesWhatItsTileDoes()
{
    focusSearch();
    tapKeys(QStringLiteral("care mode"));
    waitForResults();
    QCOMPARE(m_kiosk->search()->results()->idAt(0), QStringLiteral("action.care_mode"));
    QVERIFY(!m_kiosk->shell()->careMode());
    click(QStringLiteral("searchResult_action.care_mode"));
    QVERIFY(m_kiosk->shell()->careMode());
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::home);
}

BRANCH_KEYBOARD_TEST_MAIN(tst_SearchFlow)

#include "tst_searchflow.moc"
