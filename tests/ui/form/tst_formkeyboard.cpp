#include "../../core/IdentifierSamples.h"
#include "FormController.h"
#include "KioskDriver.h"
#include "Kiosk.h"
#include "KioskTestBackends.h"
#include "ShellController.h"

#include <QAccessible>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>

#include <functional>
#include <memory>

#include "KioskQmlPlugins.h"

using branch::FormController;
using branch::Kiosk;
using branch::ShellController;

// A touch counter has no keyboard but the one on its screen. A customer fills
// the housing-fund registration with taps on it alone: letters, pinyin for a
// Chinese name, and the pad each number field asks for.
class tst_FormKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void padFollowsTheField_data();
    void padFollowsTheField();
    void wholeFormByTaps();
    void fieldTappedLowStaysAboveKeyboard();

private:
    QQuickItem *keyboard() const { return m_ui.item(QStringLiteral("formKeyboard")); }
    bool keyboardShown() const;
    void startForm();
    void toEmployeePage();
    void focusField(const QString &fieldId);
    void tapKeys(const QString &keys);
    void tap(const QString &key);
    QString value(const QString &fieldId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Kiosk> m_kiosk;
    KioskDriver m_ui;
};

namespace {
const QString kResidentId = samples::residentId(11, 101, QDate(1985, 5, 12), 103);
const QString kCard = samples::luhnCard(QStringLiteral("621700000012345678"));
} // namespace

void tst_FormKeyboard::initTestCase()
{
    QCOMPARE(qgetenv("QT_IM_MODULE"), QByteArray("qtvirtualkeyboard"));
    QVERIFY(m_dir.isValid());
    QVERIFY(kResidentId.endsWith(u'X')); // so the X key is needed
}

void tst_FormKeyboard::init()
{
    static int run = 0;
    branch::KioskOptions options;
    options.language = QStringLiteral("en");
    options.serviceId = QStringLiteral("hpf.deposit_registration");
    options.databasePath = m_dir.filePath(QStringLiteral("kiosk%1.sqlite").arg(++run));
    options.devInsecureSecretsDir = m_dir.filePath(QStringLiteral("secrets"));
    m_kiosk = std::make_unique<Kiosk>(options, kioskTestBackends(options));
    QVERIFY(m_kiosk->load());
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    m_ui.attach(m_kiosk->window());
}

void tst_FormKeyboard::cleanup()
{
    m_kiosk.reset();
}

bool tst_FormKeyboard::keyboardShown() const
{
    QQuickItem *panel = keyboard();
    return panel && panel->property("active").toBool() && panel->isVisible();
}

void tst_FormKeyboard::startForm()
{
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::service);
    STEP(m_ui.click(QStringLiteral("startServiceButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    QVERIFY(!keyboard()); // nothing is loaded until a field is tapped
}

// The employer page, typed with keys, then "Next".
void tst_FormKeyboard::toEmployeePage()
{
    STEP(focusField(QStringLiteral("employer_name")));
    STEP(tapKeys(QStringLiteral("example tech")));
    STEP(focusField(QStringLiteral("employer_uscc")));
    STEP(tapKeys(samples::uscc(QStringLiteral("91110108MA01C2QX1")).toLower()));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1);
}

void tst_FormKeyboard::focusField(const QString &fieldId)
{
    STEP(m_ui.click(QStringLiteral("field_") + fieldId));
    QVERIFY2(m_ui.item(QStringLiteral("field_") + fieldId)->hasActiveFocus(), qPrintable(fieldId));
    // Loaded on first focus, then it slides in.
    QTRY_VERIFY2(keyboardShown(), qPrintable(fieldId));
    STEP(m_ui.settle());
}

void tst_FormKeyboard::tap(const QString &key)
{
    QQuickItem *target = keyboard() ? KioskDriver::findItem(keyboard(), key) : nullptr;
    QVERIFY2(target && target->isEnabled(), qPrintable(key));
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(m_ui.window(), Qt::LeftButton, {}, centre.toPoint());
    m_ui.settle();
}

void tst_FormKeyboard::tapKeys(const QString &keys)
{
    static const QHash<QChar, QString> named{{u' ', QStringLiteral("key_space")},
                                             {u'.', QStringLiteral("key_dot")},
                                             {u'-', QStringLiteral("key_minus")},
                                             {u'X', QStringLiteral("key_x")}};
    for (const QChar c : keys)
        STEP(tap(named.value(c, QStringLiteral("key_") + c)));
}

QString tst_FormKeyboard::value(const QString &fieldId) const
{
    return m_kiosk->flow()->text(fieldId);
}

void tst_FormKeyboard::padFollowsTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QString letter = QStringLiteral("key_q"), dot = QStringLiteral("key_dot"),
                  minus = QStringLiteral("key_minus"), x = QStringLiteral("key_x"), one = QStringLiteral("key_1");
    QTest::newRow("name: letters and digits") << "employee_name" << QStringList{letter, one} << QStringList{dot};
    QTest::newRow("resident ID: digits and X") << "resident_id" << QStringList{one, x} << QStringList{letter, dot};
    QTest::newRow("mobile: digits only") << "mobile" << QStringList{one} << QStringList{letter, dot, x};
    QTest::newRow("money: digits and point") << "wage_base" << QStringList{one, dot} << QStringList{letter, x};
    QTest::newRow("month: digits and dash") << "start_month" << QStringList{one, minus} << QStringList{letter, x};
    QTest::newRow("card: digits only") << "deposit_card" << QStringList{one} << QStringList{letter, dot, x};
}

void tst_FormKeyboard::padFollowsTheField()
{
    QFETCH(QString, field);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    STEP(startForm());
    STEP(toEmployeePage());
    STEP(focusField(field));
    // The layout is swapped in once focus has moved.
    for (const QString &key : std::as_const(present))
        QTRY_VERIFY2(KioskDriver::findItem(keyboard(), key), qPrintable(key));
    for (const QString &key : std::as_const(absent)) {
        QQuickItem *found = KioskDriver::findItem(keyboard(), key);
        QVERIFY2(!found || !found->isEnabled(), qPrintable(key));
    }
    // Every key says what it is, for screen readers.
    // By the item tree: a Repeater's keys are not QObject children of the layout.
    QList<QQuickItem *> keys;
    const std::function<void(QQuickItem *)> collect = [&](QQuickItem *item) {
        keys.append(item);
        for (QQuickItem *child : item->childItems())
            collect(child);
    };
    collect(keyboard());
    int named = 0;
    for (QQuickItem *key : std::as_const(keys)) {
        if (!key->objectName().startsWith(QStringLiteral("key_")) || !key->isVisible() || !key->isEnabled())
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(key);
        QVERIFY2(a && !a->text(QAccessible::Name).isEmpty(), qPrintable(key->objectName()));
        ++named;
    }
    QVERIFY2(named >= 11, qPrintable(QString::number(named))); // at least ten digits and a function key
    STEP(m_ui.shoot(QStringLiteral("form-keyboard-") + field));
}

void tst_FormKeyboard::wholeFormByTaps()
{
    STEP(startForm());
    STEP(toEmployeePage());
    QCOMPARE(value(QStringLiteral("employer_name")), QStringLiteral("Example tech")); // the first letter capitalised, as on a phone

    // A Chinese name in pinyin: the language key, the letters, the word.
    STEP(focusField(QStringLiteral("employee_name")));
    QQuickItem *board = KioskDriver::findItem(keyboard(), QStringLiteral("keyboard"));
    QVERIFY(board);
    QTRY_COMPARE(board->property("locale").toString(), QStringLiteral("en_GB"));
    STEP(tap(QStringLiteral("key_language")));
    QTRY_COMPARE(board->property("locale").toString(), QStringLiteral("zh_CN"));
    STEP(tapKeys(QStringLiteral("zhangsan")));
    QQuickItem *candidates = KioskDriver::findItem(keyboard(), QStringLiteral("wordCandidateView"));
    QVERIFY(candidates);
    const auto word = [candidates] { return KioskDriver::findText(candidates, QStringLiteral("张三")); };
    QTRY_VERIFY(word());
    QTRY_COMPARE(word()->parentItem()->y(), 0.0);
    STEP(m_ui.shoot(QStringLiteral("form-keyboard-pinyin")));
    const QPointF centre = word()->mapToScene(QPointF(word()->width() / 2, word()->height() / 2));
    QTest::mouseClick(m_ui.window(), Qt::LeftButton, {}, centre.toPoint());
    STEP(m_ui.settle());
    QCOMPARE(value(QStringLiteral("employee_name")), QStringLiteral("张三"));

    STEP(focusField(QStringLiteral("resident_id")));
    STEP(tapKeys(kResidentId));
    STEP(focusField(QStringLiteral("mobile")));
    STEP(tapKeys(QStringLiteral("13800138000")));
    STEP(focusField(QStringLiteral("wage_base")));
    STEP(tapKeys(QStringLiteral("8000.50")));
    STEP(m_ui.click(QStringLiteral("option_deposit_ratio_12")));
    STEP(focusField(QStringLiteral("start_month")));
    STEP(tapKeys(QStringLiteral("2025-03")));
    STEP(focusField(QStringLiteral("deposit_card")));
    STEP(tapKeys(kCard));
    STEP(tap(QStringLiteral("key_hide")));
    QTRY_VERIFY(!keyboardShown());
    STEP(m_ui.click(QStringLiteral("field_contract_photo")));

    QCOMPARE(value(QStringLiteral("resident_id")), kResidentId);
    QCOMPARE(value(QStringLiteral("mobile")), QStringLiteral("13800138000"));
    QCOMPARE(value(QStringLiteral("wage_base")), QStringLiteral("8000.50"));
    QCOMPARE(value(QStringLiteral("start_month")), QStringLiteral("2025-03"));
    QCOMPARE(value(QStringLiteral("deposit_card")), kCard);
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QVERIFY2(m_kiosk->flow()->fieldErrors().isEmpty(), qPrintable(m_kiosk->flow()->fieldErrors().keys().join(u',')));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
}

// A field low on the page: the keyboard opens over it, the form shrinks and
// scrolls, and the field ends up above the keyboard.
void tst_FormKeyboard::fieldTappedLowStaysAboveKeyboard()
{
    STEP(startForm());
    STEP(toEmployeePage());
    // "Next" took the focus from the text fields, and the keyboard went.
    QTRY_VERIFY(!keyboardShown());
    QQuickItem *field = m_ui.item(QStringLiteral("field_deposit_card"));
    QQuickItem *flick = m_ui.item(QStringLiteral("formFlickable"));
    QVERIFY(field && flick);
    // Scroll so the field sits at the bottom of the form, then tap it there.
    auto *content = flick->property("contentItem").value<QQuickItem *>();
    const qreal fieldBottom = field->mapToItem(content, QPointF(0, field->height())).y();
    flick->setProperty("contentY", std::max(0.0, fieldBottom - flick->height() + 4));
    STEP(m_ui.settle());
    const QPointF before = field->mapToScene(QPointF(field->width() / 2, field->height() / 2));
    QVERIFY(before.y() > m_ui.window()->height() / 2.0); // where the keyboard will be
    QTest::mouseClick(m_ui.window(), Qt::LeftButton, {}, before.toPoint());
    QVERIFY(field->hasActiveFocus());
    QTRY_VERIFY(keyboardShown());
    STEP(m_ui.settle());
    const qreal keyboardTop = keyboard()->mapToScene(QPointF(0, 0)).y();
    QTRY_VERIFY2(field->mapToScene(QPointF(0, field->height())).y() <= keyboardTop,
                 qPrintable(QStringLiteral("field bottom %1, keyboard top %2")
                                .arg(field->mapToScene(QPointF(0, field->height())).y())
                                .arg(keyboardTop)));
    QVERIFY(m_ui.item(QStringLiteral("formNextButton"))->mapToScene(QPointF(0, 0)).y() < keyboardTop);
    STEP(tapKeys(QStringLiteral("62")));
    QCOMPARE(value(QStringLiteral("deposit_card")), QStringLiteral("62"));
    STEP(m_ui.shoot(QStringLiteral("form-keyboard-low-field")));
}

BRANCH_KEYBOARD_TEST_MAIN(tst_FormKeyboard)

#include "tst_formkeyboard.moc"
