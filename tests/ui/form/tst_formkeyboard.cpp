#include "../../core/IdentifierSamples.h"
#include "../../forms/FormTestSupport.h"
#include "FormController.h"
#include "KioskDriver.h"
#include "Kiosk.h"
#include "KioskSession.h"
#include "KioskTestBackends.h"
#include "SessionContext.h"
#include "ShellController.h"

#include <QAccessible>
#include <QFont>
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
    void codeFieldTypesCapitalsNotChinese();
    void languageStartsAfreshOnEachField();
    void latinNameHasShiftAndMarks();
    void questionStaysAboveKeyboard_data();
    void questionStaysAboveKeyboard();
    void careKeysAndCandidatesAreLarge_data();
    void careKeysAndCandidatesAreLarge();
    void keyboardClosesOnPageChangeAndReset();

private:
    QQuickItem *keyboard() const { return m_ui.item(QStringLiteral("formKeyboard")); }
    bool keyboardShown() const;
    void startForm();
    void toEmployeePage();
    void focusField(const QString &fieldId);
    void tapKeys(const QString &keys);
    void tap(const QString &key);
    QString value(const QString &fieldId) const;
    QString keyboardLocale() const;
    void resize(const QSize &size);
    void checkQuestionAboveKeyboard(const QString &fieldId, const QString &where, bool withError = true);

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
    // A name starts in pinyin; this one is typed in English.
    STEP(tap(QStringLiteral("key_language")));
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

    // A Chinese name in pinyin: a name field starts in pinyin, even after the
    // employer's name was typed in English.
    STEP(focusField(QStringLiteral("employee_name")));
    QTRY_COMPARE(keyboardLocale(), QStringLiteral("zh_CN"));
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

QString tst_FormKeyboard::keyboardLocale() const
{
    QQuickItem *board = keyboard() ? KioskDriver::findItem(keyboard(), QStringLiteral("keyboard")) : nullptr;
    return board ? board->property("locale").toString() : QString();
}

void tst_FormKeyboard::resize(const QSize &size)
{
    m_ui.window()->setWidth(size.width());
    m_ui.window()->setHeight(size.height());
    STEP(m_ui.settle());
}

// The USCC typed 91350100M000100Y43 as "没" and "有": Chinese input was on.
// A code field gets capitals and digits, and no way to switch Chinese on.
void tst_FormKeyboard::codeFieldTypesCapitalsNotChinese()
{
    STEP(startForm());
    STEP(focusField(QStringLiteral("employer_uscc")));
    QTRY_COMPARE(keyboardLocale(), QStringLiteral("en_GB"));
    QQuickItem *language = KioskDriver::findItem(keyboard(), QStringLiteral("key_language"));
    QVERIFY(!language || !language->isEnabled());
    QVERIFY(!KioskDriver::findItem(keyboard(), QStringLiteral("key_shift"))); // always capitals
    STEP(tapKeys(QStringLiteral("91350100m000100y43")));
    QCOMPARE(value(QStringLiteral("employer_uscc")), QStringLiteral("91350100M000100Y43"));
    STEP(m_ui.shoot(QStringLiteral("form-keyboard-uscc")));
}

// Switched to English on one field, the next pinyin field starts in pinyin again.
void tst_FormKeyboard::languageStartsAfreshOnEachField()
{
    STEP(startForm());
    STEP(focusField(QStringLiteral("employer_name")));
    QTRY_COMPARE(keyboardLocale(), QStringLiteral("zh_CN"));
    STEP(tap(QStringLiteral("key_language")));
    QTRY_COMPARE(keyboardLocale(), QStringLiteral("en_GB"));
    STEP(focusField(QStringLiteral("employer_hpf_account")));
    STEP(focusField(QStringLiteral("employer_name")));
    QTRY_COMPARE(keyboardLocale(), QStringLiteral("zh_CN"));
}

// A passport name: Latin letters with shift, the marks a name may have, no Chinese.
void tst_FormKeyboard::latinNameHasShiftAndMarks()
{
    QVERIFY(m_kiosk->shell()->openService(QStringLiteral("bank.account_open")));
    STEP(startForm());
    STEP(m_ui.click(QStringLiteral("option_id_type_passport")));
    STEP(focusField(QStringLiteral("name_latin")));
    QTRY_COMPARE(keyboardLocale(), QStringLiteral("en_GB"));
    QQuickItem *language = KioskDriver::findItem(keyboard(), QStringLiteral("key_language"));
    QVERIFY(!language || !language->isEnabled());
    for (const char *key : {"key_shift", "key_minus", "key_apostrophe", "key_dot"})
        QVERIFY2(KioskDriver::findItem(keyboard(), QLatin1String(key)), key);
    QVERIFY(!KioskDriver::findItem(keyboard(), QStringLiteral("key_hash")));
    // The first letter comes as a capital by itself; the second name's by shift.
    STEP(tapKeys(QStringLiteral("john ")));
    STEP(tap(QStringLiteral("key_shift")));
    STEP(tapKeys(QStringLiteral("o")));
    STEP(tap(QStringLiteral("key_apostrophe")));
    STEP(tap(QStringLiteral("key_shift")));
    STEP(tapKeys(QStringLiteral("neil")));
    QCOMPARE(value(QStringLiteral("name_latin")), QStringLiteral("John O'Neil"));
    // The document number of a passport: capitals and digits.
    STEP(focusField(QStringLiteral("resident_id")));
    QTRY_COMPARE(keyboardLocale(), QStringLiteral("en_GB"));
    STEP(tapKeys(QStringLiteral("e12345678")));
    QCOMPARE(value(QStringLiteral("resident_id")), QStringLiteral("E12345678"));
    STEP(m_ui.shoot(QStringLiteral("form-keyboard-latin-name")));
}

// The question's label, its field and its error, all above the keyboard's top.
void tst_FormKeyboard::checkQuestionAboveKeyboard(const QString &fieldId, const QString &where, bool withError)
{
    QTRY_VERIFY2(keyboardShown(), qPrintable(where));
    STEP(m_ui.settle());
    STEP(m_ui.settle());
    const qreal keyboardTop = keyboard()->mapToScene(QPointF(0, 0)).y();
    const QRectF window(QPointF(0, 0), QSizeF(m_ui.window()->size()));
    QStringList parts{QStringLiteral("fieldLabel_"), QStringLiteral("field_")};
    if (withError)
        parts.append(QStringLiteral("fieldError_"));
    for (const QString &part : std::as_const(parts)) {
        QQuickItem *item = m_ui.item(part + fieldId);
        QVERIFY2(item, qPrintable(where + u' ' + part));
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        QVERIFY2(rect.top() >= 0 && rect.bottom() <= keyboardTop + 0.5 && window.contains(rect),
                 qPrintable(QStringLiteral("%1: %2%3 at %4..%5, keyboard top %6")
                                .arg(where, part, fieldId)
                                .arg(rect.top())
                                .arg(rect.bottom())
                                .arg(keyboardTop)));
    }
}

void tst_FormKeyboard::questionStaysAboveKeyboard_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("care");
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
        for (const bool care : {false, true})
            QTest::addRow("%dx%d %s", size.width(), size.height(), care ? "care" : "normal") << size << care;
    }
}

// On every page of the form, "Next" with a typed field left empty: the view
// goes to it, focuses it, the keyboard opens, and the question, the field and
// the error ("Please fill in ...") stay in view above the keyboard.
void tst_FormKeyboard::questionStaysAboveKeyboard()
{
    QFETCH(QSize, size);
    QFETCH(bool, care);
    m_kiosk->context()->setCareMode(care);
    STEP(resize(size));
    STEP(startForm());
    formtest::sampleDay = QDate::currentDate(); // the test backends' clock stands at the test's start
    const QJsonObject sample = formtest::sampleForm(formtest::service(QStringLiteral("hpf.deposit_registration")));
    FormController *flow = m_kiosk->flow();
    // A sample answer as the customer types it: yuan for money.
    const auto typed = [&](const QString &id) {
        const QJsonValue v = sample.value(id);
        const QString type = flow->fields()->index(flow->fields()->rowOf(id)).data(branch::FieldListModel::TypeRole).toString();
        if (type == u"money")
            return QString::number(double(v.toInteger()) / 100, 'f', 2);
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    };
    int checked = 0;
    while (flow->stage() == FormController::Stage::Fill) {
        const QStringList ids = flow->screenFieldIds();
        const QString where = QStringLiteral("page %1").arg(flow->screenIndex() + 1);
        // The last typed, required field of the page is left empty.
        QString empty;
        for (const QString &id : ids) {
            QQuickItem *input = m_ui.item(QStringLiteral("field_") + id);
            if (input && input->property("inputMethodHints").isValid() && flow->fields()->index(flow->fields()->rowOf(id))
                                                                             .data(branch::FieldListModel::RequiredRole).toBool())
                empty = id;
        }
        for (const QString &id : ids) {
            if (id == empty)
                continue;
            const QJsonValue v = sample.value(id);
            const QString type = flow->fields()->index(flow->fields()->rowOf(id)).data(branch::FieldListModel::TypeRole).toString();
            if (type == u"enum")
                flow->setChoice(id, v.toString());
            else if (type == u"document")
                flow->presentOriginal(id);
            else if (type == u"consent")
                flow->setChecked(id, true);
            else
                flow->setText(id, typed(id));
        }
        if (!empty.isEmpty()) {
            const int here = flow->screenIndex();
            STEP(m_ui.click(QStringLiteral("formNextButton")));
            QCOMPARE(flow->screenIndex(), here); // the page waits for the empty field
            QVERIFY2(!flow->fieldErrors().value(empty).isEmpty(), qPrintable(where));
            QTRY_VERIFY2(m_ui.item(QStringLiteral("field_") + empty)->hasActiveFocus(), qPrintable(where));
            STEP(checkQuestionAboveKeyboard(empty, where));
            ++checked;
            if (checked == 1)
                STEP(m_ui.shoot(QStringLiteral("form-keyboard-error-%1x%2-%3").arg(size.width()).arg(size.height())
                                    .arg(care ? QStringLiteral("care") : QStringLiteral("normal"))));
            flow->setText(empty, typed(empty));
            STEP(tap(QStringLiteral("key_hide")));
            QTRY_VERIFY(!keyboardShown());
        }
        const int before = flow->screenIndex();
        STEP(m_ui.click(QStringLiteral("formNextButton")));
        QVERIFY2(flow->screenIndex() > before || flow->stage() != FormController::Stage::Fill,
                 qPrintable(where + u' ' + flow->fieldErrors().keys().join(u',')));
    }
    QVERIFY(checked >= 2);
}

void tst_FormKeyboard::careKeysAndCandidatesAreLarge_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1280x800") << QSize(1280, 800);
}

// In care mode the keys were 82x48 px with 16 px letters and the pinyin
// candidates 13 px: now keys of at least 96 px and candidates of 32 px,
// measured on the rendered keyboard.
void tst_FormKeyboard::careKeysAndCandidatesAreLarge()
{
    QFETCH(QSize, size);
    m_kiosk->context()->setCareMode(true);
    STEP(resize(size));
    STEP(startForm());
    STEP(focusField(QStringLiteral("employer_name")));
    QTRY_COMPARE(keyboardLocale(), QStringLiteral("zh_CN"));
    for (const char *name : {"key_q", "key_1", "key_m", "key_space"}) {
        QQuickItem *key = KioskDriver::findItem(keyboard(), QLatin1String(name));
        QVERIFY2(key, name);
        QVERIFY2(key->height() >= 96 && (key->width() >= 96),
                 qPrintable(QStringLiteral("%1: %2x%3").arg(QLatin1String(name)).arg(key->width()).arg(key->height())));
        // The letter on the key.
        QQuickItem *label = KioskDriver::findText(key, key->property("displayText").toString());
        if (label && qstrcmp(name, "key_space") != 0)
            QVERIFY2(label->property("font").value<QFont>().pixelSize() >= 32, name);
    }
    STEP(tapKeys(QStringLiteral("zhang")));
    QQuickItem *candidates = KioskDriver::findItem(keyboard(), QStringLiteral("wordCandidateView"));
    QVERIFY(candidates);
    QTRY_VERIFY(KioskDriver::findText(candidates, QStringLiteral("\u5F20")));
    QQuickItem *word = KioskDriver::findText(candidates, QStringLiteral("\u5F20"));
    const int pixels = word->property("font").value<QFont>().pixelSize();
    QVERIFY2(pixels >= 32, qPrintable(QString::number(pixels)));
    STEP(checkQuestionAboveKeyboard(QStringLiteral("employer_name"), QStringLiteral("care"), false));
    STEP(m_ui.shoot(QStringLiteral("form-keyboard-care-%1x%2").arg(size.width()).arg(size.height())));
}

// The keyboard goes with the page it was opened on, and with the customer:
// the search keyboard stayed open on home after an idle reset.
void tst_FormKeyboard::keyboardClosesOnPageChangeAndReset()
{
    STEP(startForm());
    STEP(focusField(QStringLiteral("employer_name")));
    m_kiosk->flow()->setText(QStringLiteral("employer_name"), QStringLiteral("Example Tech Co"));
    m_kiosk->flow()->setText(QStringLiteral("employer_uscc"), samples::uscc(QStringLiteral("91110108MA01C2QX1")));
    m_kiosk->flow()->setText(QStringLiteral("employer_hpf_account"), QStringLiteral("12345678"));
    QVERIFY(m_kiosk->flow()->next()); // from C++, as Enter would: the page changes under the keyboard
    QTRY_VERIFY(!keyboardShown());

    m_kiosk->shell()->goHome();
    STEP(m_ui.click(QStringLiteral("searchField")));
    QQuickItem *search = nullptr;
    QTRY_VERIFY((search = m_ui.item(QStringLiteral("searchKeyboard"))) && search->property("active").toBool());
    m_kiosk->session()->clear(); // what the idle reset does
    STEP(m_ui.settle());
    QTRY_VERIFY(!m_ui.item(QStringLiteral("searchKeyboard")) || !m_ui.item(QStringLiteral("searchKeyboard"))->property("active").toBool());
    QVERIFY(!m_ui.item(QStringLiteral("searchField"))->hasActiveFocus());
}

BRANCH_KEYBOARD_TEST_MAIN(tst_FormKeyboard)

#include "tst_formkeyboard.moc"
