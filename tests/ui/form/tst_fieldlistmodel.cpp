#include "FieldDefinition.h"
#include "FieldListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using branch::FieldDefinition;
using branch::FieldListModel;
using branch::FieldType;

// The form page's rows: roles, one-row updates, and the rules that used to
// live in FieldInput.qml (which control, which keyboard pad, placeholders).
class tst_FieldListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void rolesOfARow();
    void keystrokeChangesOneRow();
    void unchangedTextSignalsNothing();
    void errorOnItsOwnChangesOneRow();
    void choiceMarksItsOption();
    void careModeShowsTheCareLabel();
    void retranslateTouchesEveryRowOnce();
    void kindPerFieldType_data();
    void kindPerFieldType();
    void keyboardPerFieldType_data();
    void keyboardPerFieldType();
    void placeholderAndUnit_data();
    void placeholderAndUnit();

private:
    static FieldDefinition field(const QString &id, FieldType type, bool required = true);
    QList<FieldDefinition> m_fields;
};

FieldDefinition tst_FieldListModel::field(const QString &id, FieldType type, bool required)
{
    FieldDefinition f;
    f.id = id;
    f.type = type;
    f.label = branch::LocalizedText{id + QStringLiteral(" zh"), id + QStringLiteral(" label")};
    f.careLabel = branch::LocalizedText{id + QStringLiteral(" care zh"), id + QStringLiteral(" care")};
    f.required = required;
    return f;
}

void tst_FieldListModel::init()
{
    m_fields = {field(QStringLiteral("name"), FieldType::Text), field(QStringLiteral("id"), FieldType::ResidentId),
                field(QStringLiteral("amount"), FieldType::Money, false), field(QStringLiteral("ratio"), FieldType::Enum)};
    m_fields[3].checks.options = {{QStringLiteral("5"), branch::LocalizedText{QStringLiteral("5%"), QStringLiteral("5%")}},
                                  {QStringLiteral("12"), branch::LocalizedText{QStringLiteral("12%"), QStringLiteral("12%")}}};
    m_fields[0].checks.maxLength = 40;
}

void tst_FieldListModel::rolesOfARow()
{
    FieldListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{&m_fields[0], false, QStringLiteral("Li"), {}}, {&m_fields[2], true, QStringLiteral("12.00"), {}}},
                  false);
    QCOMPARE(model.rowCount(), 2);
    const QHash<int, QByteArray> names = model.roleNames();
    for (const char *role : {"fieldId", "label", "careLabel", "heading", "help", "type", "kind", "keyboard",
                             "inputHints", "placeholder", "unit", "maxLength", "required", "locked", "value",
                             "checked", "error", "options"})
        QVERIFY2(names.values().contains(role), role);

    const QModelIndex name = model.index(0);
    QCOMPARE(name.data(FieldListModel::FieldIdRole).toString(), QStringLiteral("name"));
    QCOMPARE(name.data(FieldListModel::LabelRole).toString(), QStringLiteral("name label"));
    QCOMPARE(name.data(FieldListModel::CareLabelRole).toString(), QStringLiteral("name care"));
    QCOMPARE(name.data(FieldListModel::HeadingRole).toString(), QStringLiteral("name label"));
    QCOMPARE(name.data(FieldListModel::TypeRole).toString(), QStringLiteral("text"));
    QCOMPARE(name.data(FieldListModel::ValueRole).toString(), QStringLiteral("Li"));
    QCOMPARE(name.data(FieldListModel::MaxLengthRole).toInt(), 40);
    QCOMPARE(name.data(FieldListModel::LockedRole).toBool(), false);
    QCOMPARE(name.data(FieldListModel::ErrorRole).toString(), QString());

    const QModelIndex amount = model.index(1);
    QCOMPARE(amount.data(FieldListModel::HeadingRole).toString(), QStringLiteral("amount label  (optional)"));
    QCOMPARE(amount.data(FieldListModel::LockedRole).toBool(), true); // filled from a bill
    QCOMPARE(amount.data(FieldListModel::MaxLengthRole).toInt(), 200);
    QCOMPARE(amount.data(FieldListModel::KindRole).value<FieldListModel::Kind>(), FieldListModel::Kind::Text);
    QCOMPARE(amount.data(FieldListModel::KeyboardRole).value<FieldListModel::Keyboard>(),
             FieldListModel::Keyboard::Amount);
    QCOMPARE(amount.data(FieldListModel::InputHintsRole).toInt(), int(Qt::ImhFormattedNumbersOnly));
    QCOMPARE(model.rowOf(QStringLiteral("amount")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nowhere")), -1);
    QCOMPARE(model.fieldIdAt(1), QStringLiteral("amount"));
    QCOMPARE(model.fieldIdAt(7), QString());
}

void tst_FieldListModel::keystrokeChangesOneRow()
{
    FieldListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{&m_fields[0], false, {}, {}}, {&m_fields[1], false, {}, {}}, {&m_fields[2], false, {}, {}}}, false);
    QSignalSpy changed(&model, &FieldListModel::dataChanged);
    QSignalSpy reset(&model, &FieldListModel::modelReset);

    branch::FieldError error;
    error.fieldId = QStringLiteral("id");
    error.reason = QStringLiteral("pattern_mismatch");
    model.update(QStringLiteral("id"), QStringLiteral("1101"), error);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex from = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex to = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(from.row(), 1);
    QCOMPARE(to.row(), 1);
    const QList<int> roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(FieldListModel::ValueRole));
    QVERIFY(roles.contains(FieldListModel::ErrorRole));
    QVERIFY(!roles.contains(FieldListModel::LabelRole));
    QCOMPARE(model.index(1).data(FieldListModel::ValueRole).toString(), QStringLiteral("1101"));
    QCOMPARE(model.index(1).data(FieldListModel::ErrorRole).toString(), error.message());
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(model.index(0).data(FieldListModel::ValueRole).toString(), QString());

    // A field not on this page changes nothing here.
    model.update(QStringLiteral("ratio"), QStringLiteral("5"), {});
    QCOMPARE(changed.count(), 1);
}

void tst_FieldListModel::unchangedTextSignalsNothing()
{
    FieldListModel model;
    model.setRows({{&m_fields[0], false, QStringLiteral("Li"), {}}}, false);
    QSignalSpy changed(&model, &FieldListModel::dataChanged);
    model.update(QStringLiteral("name"), QStringLiteral("Li"), {});
    QCOMPARE(changed.count(), 0);
}

void tst_FieldListModel::errorOnItsOwnChangesOneRow()
{
    FieldListModel model;
    model.setRows({{&m_fields[0], false, QStringLiteral("Li"), {}}, {&m_fields[1], false, {}, {}}}, false);
    QSignalSpy changed(&model, &FieldListModel::dataChanged);
    branch::FieldError required;
    required.fieldId = QStringLiteral("name");
    required.reason = QStringLiteral("required");
    model.setError(QStringLiteral("name"), required);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{FieldListModel::ErrorRole});
    model.setError(QStringLiteral("name"), {});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(0).data(FieldListModel::ErrorRole).toString(), QString());
}

void tst_FieldListModel::choiceMarksItsOption()
{
    FieldListModel model;
    model.setRows({{&m_fields[3], false, {}, {}}}, false);
    QCOMPARE(model.index(0).data(FieldListModel::KindRole).value<FieldListModel::Kind>(), FieldListModel::Kind::Choice);
    QSignalSpy changed(&model, &FieldListModel::dataChanged);
    model.update(QStringLiteral("ratio"), QStringLiteral("12"), {});
    QCOMPARE(changed.count(), 1);
    // The options stay: their buttons are not rebuilt under the finger.
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{FieldListModel::ValueRole});
    QCOMPARE(model.index(0).data(FieldListModel::ValueRole).toString(), QStringLiteral("12"));
    const QVariantList options = model.index(0).data(FieldListModel::OptionsRole).toList();
    QCOMPARE(options.size(), 2);
    QCOMPARE(options.at(0).value<branch::FieldOption>(),
             (branch::FieldOption{QStringLiteral("5"), QStringLiteral("5%")}));
    QCOMPARE(options.at(1).value<branch::FieldOption>(),
             (branch::FieldOption{QStringLiteral("12"), QStringLiteral("12%")}));
}

void tst_FieldListModel::careModeShowsTheCareLabel()
{
    FieldListModel model;
    m_fields[1].careLabel = {};
    model.setRows({{&m_fields[0], false, {}, {}}, {&m_fields[1], false, {}, {}}}, true);
    QCOMPARE(model.index(0).data(FieldListModel::LabelRole).toString(), QStringLiteral("name care"));
    QCOMPARE(model.index(0).data(FieldListModel::HeadingRole).toString(), QStringLiteral("name care"));
    // No care label in the schema: the usual one.
    QCOMPARE(model.index(1).data(FieldListModel::LabelRole).toString(), QStringLiteral("id label"));
}

void tst_FieldListModel::retranslateTouchesEveryRowOnce()
{
    FieldListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{&m_fields[0], false, {}, {}}, {&m_fields[1], false, {}, {}}}, false);
    QSignalSpy changed(&model, &FieldListModel::dataChanged);
    model.retranslate();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(FieldListModel::ErrorRole));
    QVERIFY(!changed.at(0).at(2).value<QList<int>>().contains(FieldListModel::ValueRole));
}

void tst_FieldListModel::kindPerFieldType_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<FieldListModel::Kind>("kind");
    using K = FieldListModel::Kind;
    QTest::newRow("text") << FieldType::Text << K::Text;
    QTest::newRow("address") << FieldType::Address << K::Text;
    QTest::newRow("money") << FieldType::Money << K::Text;
    QTest::newRow("enum") << FieldType::Enum << K::Choice;
    QTest::newRow("consent") << FieldType::Consent << K::Consent;
    QTest::newRow("document") << FieldType::Document << K::Document;
    QTest::newRow("signature") << FieldType::Signature << K::PaperSignature;
}

void tst_FieldListModel::kindPerFieldType()
{
    QFETCH(FieldType, type);
    QFETCH(FieldListModel::Kind, kind);
    QCOMPARE(FieldListModel::kindOf(type), kind);
}

// The keyboard each field opens, and the input method hints that pick it:
// the field's type decides, and for text its pattern (catalog data) says
// whether it is a name, a code or a number. Codes never start in Chinese.
void tst_FieldListModel::keyboardPerFieldType_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("document");
    QTest::addColumn<FieldListModel::Keyboard>("keyboard");
    QTest::addColumn<int>("hints");
    QTest::addColumn<QString>("punctuation");
    using K = FieldListModel::Keyboard;
    const int pinyin = Qt::ImhNoPredictiveText;
    const int code = Qt::ImhLatinOnly | Qt::ImhUppercaseOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText;
    const int latin = Qt::ImhLatinOnly | Qt::ImhNoPredictiveText;
    const int idPad = Qt::ImhDialableCharactersOnly | Qt::ImhNoPredictiveText;
    QTest::newRow("free text: pinyin") << FieldType::Text << "" << "" << K::Pinyin << pinyin << "-#\uFF0C";
    QTest::newRow("address: pinyin") << FieldType::Address << "" << "" << K::Pinyin << pinyin << "-#\uFF0C";
    QTest::newRow("Chinese name: pinyin, middle dot") << FieldType::Text << "^[\\p{Han}\u00B7A-Za-z ]+$" << ""
                                                      << K::Pinyin << pinyin << "\u00B7";
    QTest::newRow("English name: Latin with shift") << FieldType::Text << "^[A-Za-z][A-Za-z .'-]*$" << ""
                                                    << K::Latin << latin << "-'.";
    QTest::newRow("account number: digits") << FieldType::Text << "^[0-9]{10,13}$" << "" << K::Digits
                                            << int(Qt::ImhDigitsOnly) << "";
    QTest::newRow("appointment code: capitals") << FieldType::Text << "^[A-Z0-9]{6,10}$" << "" << K::Code << code << "";
    QTest::newRow("broadband account: code with marks") << FieldType::Text << "^[A-Za-z0-9@._-]+$" << "" << K::Code
                                                        << code << "-.@_";
    QTest::newRow("case number: pinyin") << FieldType::Text
                                         << "^[\uFF08(][0-9]{4}[\uFF09)]\\p{Han}[0-9]{2,4}\\p{Han}{1,4}[0-9]{1,6}\u53F7$"
                                         << "" << K::Pinyin << pinyin << "";
    QTest::newRow("number: digits") << FieldType::Number << "" << "" << K::Digits << int(Qt::ImhDigitsOnly) << "";
    QTest::newRow("bank card: digits") << FieldType::BankCard << "" << "" << K::Digits << int(Qt::ImhDigitsOnly) << "";
    QTest::newRow("mobile: digits") << FieldType::Mobile << "" << "" << K::Digits << int(Qt::ImhDigitsOnly) << "";
    QTest::newRow("money: digits and point") << FieldType::Money << "" << "" << K::Amount
                                             << int(Qt::ImhFormattedNumbersOnly) << "";
    QTest::newRow("date: digits and dash") << FieldType::Date << "" << "" << K::Date
                                           << int(Qt::ImhFormattedNumbersOnly | Qt::ImhDate) << "";
    QTest::newRow("resident ID: digits and X") << FieldType::ResidentId << "" << "" << K::ResidentId << idPad << "";
    QTest::newRow("USCC: capitals, no Chinese") << FieldType::Uscc << "" << "" << K::Code << code << "";
    QTest::newRow("document, none chosen: ID pad") << FieldType::IdDocument << "" << "" << K::ResidentId << idPad << "";
    QTest::newRow("passport: capitals") << FieldType::IdDocument << "" << "passport" << K::Code << code << "";
    QTest::newRow("permanent resident ID: ID pad") << FieldType::IdDocument << "" << "foreign_prid" << K::ResidentId
                                                   << idPad << "";
    QTest::newRow("HMT permit: ID pad") << FieldType::IdDocument << "" << "hmt_permit" << K::ResidentId << idPad << "";
}

void tst_FieldListModel::keyboardPerFieldType()
{
    QFETCH(FieldType, type);
    QFETCH(QString, pattern);
    QFETCH(QString, document);
    QFETCH(FieldListModel::Keyboard, keyboard);
    QFETCH(int, hints);
    QFETCH(QString, punctuation);
    FieldDefinition f = field(QStringLiteral("f"), type);
    f.checks.pattern = pattern;
    const branch::IdentifierKind kind =
        branch::parseIdentityDocument(document).value_or(branch::IdentifierKind::ResidentId);
    QCOMPARE(FieldListModel::keyboardOf(f, kind), keyboard);
    QCOMPARE(int(FieldListModel::inputHintsOf(keyboard)), hints);
    QCOMPARE(FieldListModel::punctuationOf(f, keyboard), punctuation);
    // The row says the same, and follows the document when it changes.
    FieldListModel model;
    model.setRows({{&f, false, {}, {}}}, false);
    QSignalSpy changed(&model, &FieldListModel::dataChanged);
    model.setDocument(QStringLiteral("f"), kind);
    QCOMPARE(model.index(0).data(FieldListModel::InputHintsRole).toInt(), hints);
    QCOMPARE(model.index(0).data(FieldListModel::PunctuationRole).toString(), punctuation);
    QCOMPARE(changed.size(), kind == branch::IdentifierKind::ResidentId ? 0 : 1);
}

void tst_FieldListModel::placeholderAndUnit_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<bool>("monthOnly");
    QTest::addColumn<QString>("placeholder");
    QTest::addColumn<QString>("unit");
    QTest::newRow("day") << FieldType::Date << false << "YYYY-MM-DD" << "";
    QTest::newRow("month") << FieldType::Date << true << "YYYY-MM" << "";
    QTest::newRow("money") << FieldType::Money << false << "Amount in yuan, e.g. 120.50" << "CNY";
    QTest::newRow("text") << FieldType::Text << false << "" << "";
}

void tst_FieldListModel::placeholderAndUnit()
{
    QFETCH(FieldType, type);
    QFETCH(bool, monthOnly);
    QFETCH(QString, placeholder);
    QFETCH(QString, unit);
    FieldDefinition f = field(QStringLiteral("f"), type);
    if (monthOnly)
        f.checks.precision = branch::DatePrecision::Month;
    QCOMPARE(FieldListModel::placeholderOf(f), placeholder);
    QCOMPARE(FieldListModel::unitOf(f), unit);
}

QTEST_GUILESS_MAIN(tst_FieldListModel)
#include "tst_fieldlistmodel.moc"
