#include "GooglePinyinInputMethod.h"
#include "PinyinDecoder.h"

#include <QSignalSpy>
#include <QTest>

using branch::GooglePinyinInputMethod;
using branch::PinyinDecoder;
using Type = QVirtualKeyboardSelectionListModel::Type;
using Role = QVirtualKeyboardSelectionListModel::Role;

// The wrapper over libgooglepinyin and the input method on top of it, with
// the real system dictionary: what a customer gets for what they type.
class tst_PinyinDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void candidates_data();
    void candidates();
    void choosingCommits();
    void partialChoiceKeepsComposing();
    void lettersOnly();
    void longSpellingsStayInsideTheLibrary_data();
    void longSpellingsStayInsideTheLibrary();
    void inputMethodCommitsWhenFull();
    void backspaceRemovesLetter();
    void unreadableLettersStayAsTyped();
    void inputMethodOffersAndCommits();
    void inputMethodLeavesOtherKeys();

private:
    static QStringList candidates(const PinyinDecoder &decoder, int count);
    static int indexOf(const PinyinDecoder &decoder, const QString &word);
};

QStringList tst_PinyinDecoder::candidates(const PinyinDecoder &decoder, int count)
{
    QStringList out;
    for (int i = 0; i < std::min(count, decoder.candidateCount()); ++i)
        out.append(decoder.candidate(i));
    return out;
}

int tst_PinyinDecoder::indexOf(const PinyinDecoder &decoder, const QString &word)
{
    for (int i = 0; i < decoder.candidateCount(); ++i) {
        if (decoder.candidate(i) == word)
            return i;
    }
    return -1;
}

void tst_PinyinDecoder::initTestCase()
{
    PinyinDecoder decoder;
    QVERIFY2(decoder.open(), qPrintable(PinyinDecoder::dictionaryPath()));
}

void tst_PinyinDecoder::candidates_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("within");

    QTest::newRow("housing fund") << QStringLiteral("gongjijin") << QStringLiteral("公积金") << 3;
    QTest::newRow("medical insurance") << QStringLiteral("yibao") << QStringLiteral("医保") << 3;
    QTest::newRow("electricity fee") << QStringLiteral("dianfei") << QStringLiteral("电费") << 3;
    QTest::newRow("upper case") << QStringLiteral("DianFei") << QStringLiteral("电费") << 3;
    QTest::newRow("social security") << QStringLiteral("shebao") << QStringLiteral("社保") << 5;
    QTest::newRow("initials") << QStringLiteral("gjj") << QStringLiteral("公积金") << 10;
}

void tst_PinyinDecoder::candidates()
{
    QFETCH(QString, spelling);
    QFETCH(QString, expected);
    QFETCH(int, within);

    PinyinDecoder decoder;
    decoder.setSpelling(spelling);
    QVERIFY(decoder.isComposing());
    const QStringList offered = candidates(decoder, within);
    QVERIFY2(offered.contains(expected), qPrintable(offered.join(u' ')));
    QCOMPARE(decoder.preedit(), spelling.toLower());
}

void tst_PinyinDecoder::choosingCommits()
{
    PinyinDecoder decoder;
    decoder.setSpelling(QStringLiteral("gongjijin"));
    const int index = indexOf(decoder, QStringLiteral("公积金"));
    QVERIFY(index >= 0);
    QCOMPARE(decoder.choose(index), QStringLiteral("公积金"));
    QVERIFY(!decoder.isComposing());
    QCOMPARE(decoder.candidateCount(), 0);
    QCOMPARE(decoder.preedit(), QString());
}

void tst_PinyinDecoder::partialChoiceKeepsComposing()
{
    PinyinDecoder decoder;
    decoder.setSpelling(QStringLiteral("dianfei"));
    const int first = indexOf(decoder, QStringLiteral("点"));
    QVERIFY(first > 0);
    QCOMPARE(decoder.choose(first), QString());
    QVERIFY(decoder.isComposing());
    QCOMPARE(decoder.preedit(), QStringLiteral("点fei"));
    const int second = indexOf(decoder, QStringLiteral("费"));
    QVERIFY(second >= 0);
    QCOMPARE(decoder.choose(second), QStringLiteral("点费"));
    QVERIFY(!decoder.isComposing());
}

void tst_PinyinDecoder::lettersOnly()
{
    PinyinDecoder decoder;
    QVERIFY(!decoder.appendLetter(u'1'));
    QVERIFY(!decoder.appendLetter(u' '));
    QVERIFY(!decoder.appendLetter(QChar(0x4E2D)));
    QVERIFY(!decoder.isComposing());
    for (int i = 0; i < PinyinDecoder::kMaxSpelling; ++i)
        QVERIFY(decoder.appendLetter(u'a'));
    QVERIFY(!decoder.appendLetter(u'a'));
    QCOMPARE(decoder.spelling().size(), PinyinDecoder::kMaxSpelling);
}

void tst_PinyinDecoder::longSpellingsStayInsideTheLibrary_data()
{
    QTest::addColumn<QString>("typed");
    // Each aborted the process inside libgooglepinyin at 17+ letters.
    QTest::newRow("an") << QStringLiteral("an").repeated(20);
    QTest::newRow("na") << QStringLiteral("na").repeated(20);
    QTest::newRow("h") << QStringLiteral("h").repeated(30);
    QTest::newRow("a") << QStringLiteral("a").repeated(30);
    QTest::newRow("ang") << QStringLiteral("ang").repeated(10);
}

void tst_PinyinDecoder::longSpellingsStayInsideTheLibrary()
{
    QFETCH(QString, typed);
    PinyinDecoder decoder;
    for (const QChar c : typed) {
        if (decoder.isFull())
            QVERIFY(!decoder.choose(0).isEmpty());
        QVERIFY(decoder.appendLetter(c));
        QVERIFY(decoder.spelling().size() <= PinyinDecoder::kMaxSpelling);
    }
}

void tst_PinyinDecoder::inputMethodCommitsWhenFull()
{
    GooglePinyinInputMethod method;
    for (const QChar c : QStringLiteral("zhufanggongjijin"))
        QVERIFY(method.keyEvent(Qt::Key(Qt::Key_A + (c.unicode() - u'a')), QString(c), Qt::NoModifier));
    QVERIFY(method.selectionListItemCount(Type::WordCandidateList) > 0);
    // The seventeenth letter: the sixteen are committed, "t" starts anew.
    QVERIFY(method.keyEvent(Qt::Key_T, QStringLiteral("t"), Qt::NoModifier));
    QVERIFY(method.selectionListItemCount(Type::WordCandidateList) > 0);
    QCOMPARE(method.selectionListData(Type::WordCandidateList, 0, Role::Display).toString().size(), 1);
}

void tst_PinyinDecoder::backspaceRemovesLetter()
{
    PinyinDecoder decoder;
    decoder.setSpelling(QStringLiteral("yibaox"));
    decoder.removeLetter();
    QCOMPARE(decoder.spelling(), QStringLiteral("yibao"));
    QCOMPARE(decoder.candidate(0), QStringLiteral("医保"));
    for (int i = 0; i < 5; ++i)
        decoder.removeLetter();
    QVERIFY(!decoder.isComposing());
    QCOMPARE(decoder.candidateCount(), 0);
}

void tst_PinyinDecoder::unreadableLettersStayAsTyped()
{
    PinyinDecoder decoder;
    decoder.setSpelling(QStringLiteral("v"));
    QCOMPARE(decoder.candidateCount(), 0);
    QCOMPARE(decoder.choose(0), QString());
    QCOMPARE(decoder.preedit(), QStringLiteral("v"));
}

void tst_PinyinDecoder::inputMethodOffersAndCommits()
{
    GooglePinyinInputMethod method;
    QVERIFY(method.inputModes(QStringLiteral("zh_CN")).contains(QVirtualKeyboardInputEngine::InputMode::Pinyin));
    QVERIFY(method.setInputMode(QStringLiteral("zh_CN"), QVirtualKeyboardInputEngine::InputMode::Pinyin));
    QCOMPARE(method.selectionLists(), QList<Type>{Type::WordCandidateList});
    QSignalSpy changed(&method, &GooglePinyinInputMethod::selectionListChanged);
    QSignalSpy active(&method, &GooglePinyinInputMethod::selectionListActiveItemChanged);

    for (const QChar c : QStringLiteral("yibao"))
        QVERIFY(method.keyEvent(Qt::Key(Qt::Key_A + (c.unicode() - u'a')), QString(c), Qt::NoModifier));
    QCOMPARE(changed.size(), 5);
    QCOMPARE(active.last().at(1).toInt(), 0);
    QVERIFY(method.selectionListItemCount(Type::WordCandidateList) > 0);
    QVERIFY(method.selectionListItemCount(Type::WordCandidateList) <= GooglePinyinInputMethod::kMaxCandidates);
    QCOMPARE(method.selectionListData(Type::WordCandidateList, 0, Role::Display).toString(), QStringLiteral("医保"));

    // Choosing the whole word ends the composition: the list empties.
    method.selectionListItemSelected(Type::WordCandidateList, 0);
    QCOMPARE(method.selectionListItemCount(Type::WordCandidateList), 0);
    QCOMPARE(active.last().at(1).toInt(), -1);
}

void tst_PinyinDecoder::inputMethodLeavesOtherKeys()
{
    GooglePinyinInputMethod method;
    // Nothing composed: space, enter, backspace and digits go to the field.
    QVERIFY(!method.keyEvent(Qt::Key_Space, QStringLiteral(" "), Qt::NoModifier));
    QVERIFY(!method.keyEvent(Qt::Key_Backspace, QString(), Qt::NoModifier));
    QVERIFY(!method.keyEvent(Qt::Key_Return, QStringLiteral("\n"), Qt::NoModifier));
    QVERIFY(!method.keyEvent(Qt::Key_1, QStringLiteral("1"), Qt::NoModifier));
    // Composing: backspace edits the spelling instead.
    QVERIFY(method.keyEvent(Qt::Key_D, QStringLiteral("d"), Qt::NoModifier));
    QVERIFY(method.keyEvent(Qt::Key_Backspace, QString(), Qt::NoModifier));
    QCOMPARE(method.selectionListItemCount(Type::WordCandidateList), 0);
}

QTEST_GUILESS_MAIN(tst_PinyinDecoder)
#include "tst_pinyindecoder.moc"
