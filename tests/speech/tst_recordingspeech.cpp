#include "RecordingSpeech.h"

#include <QSignalSpy>
#include <QTest>

using branch::RecordingSpeech;
using branch::Speech;

// The silent voice and the Speech contract it shares with the real one:
// what is said is normalised and kept with its language, rate and volume;
// repeat() says the last text again; forget() leaves nothing to repeat;
// rate and volume stay in range; Speaking is reported.
class tst_RecordingSpeech : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsWhatWouldBeSaid();
    void repeatsTheLastText();
    void forgetLeavesNothingToRepeat();
    void emptyTextIsNotSaid();
    void rateAndVolumeStayInRange();
    void keepsABoundedHistory();
};

void tst_RecordingSpeech::recordsWhatWouldBeSaid()
{
    RecordingSpeech speech;
    QCOMPARE(speech.state(), Speech::State::Ready);
    QSignalSpy states(&speech, &Speech::stateChanged);
    speech.setRate(Speech::kCareRate);
    speech.setVolume(0.5);
    speech.say(QStringLiteral("应缴 12.5 元"), QStringLiteral("zh_CN"));
    QCOMPARE(speech.utterances().size(), 1);
    const RecordingSpeech::Utterance &u = speech.utterances().constFirst();
    QCOMPARE(u.text, QStringLiteral("应缴 12点5 元"));
    QCOMPARE(u.language, QStringLiteral("zh_CN"));
    QCOMPARE(u.rate, Speech::kCareRate);
    QCOMPARE(u.volume, 0.5);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<Speech::State>(), Speech::State::Speaking);
    QCOMPARE(states.at(1).at(0).value<Speech::State>(), Speech::State::Ready);
    speech.stop();
    QCOMPARE(speech.stops(), 1);
}

void tst_RecordingSpeech::repeatsTheLastText()
{
    RecordingSpeech speech;
    speech.say(QStringLiteral("Welcome"), QStringLiteral("en"));
    speech.say(QStringLiteral("请扫码"), QStringLiteral("zh_CN"));
    speech.repeat();
    QCOMPARE(speech.texts(), (QStringList{QStringLiteral("Welcome"), QStringLiteral("请扫码"), QStringLiteral("请扫码")}));
    QCOMPARE(speech.utterances().constLast().language, QStringLiteral("zh_CN"));
}

void tst_RecordingSpeech::forgetLeavesNothingToRepeat()
{
    RecordingSpeech speech;
    speech.say(QStringLiteral("The last customer's question"), QStringLiteral("en"));
    speech.forget();
    speech.repeat();
    QCOMPARE(speech.utterances().size(), 1);
    QVERIFY(speech.lastText().isEmpty());
}

void tst_RecordingSpeech::emptyTextIsNotSaid()
{
    RecordingSpeech speech;
    speech.say(QStringLiteral("  \n"), QStringLiteral("en"));
    QVERIFY(speech.utterances().isEmpty());
}

void tst_RecordingSpeech::rateAndVolumeStayInRange()
{
    RecordingSpeech speech;
    speech.setRate(-3);
    speech.setVolume(7);
    QCOMPARE(speech.rate(), -1.0);
    QCOMPARE(speech.volume(), 1.0);
    speech.setVolume(-1);
    QCOMPARE(speech.volume(), 0.0);
}

void tst_RecordingSpeech::keepsABoundedHistory()
{
    RecordingSpeech speech;
    for (int i = 0; i < RecordingSpeech::kMaxKept + 5; ++i)
        speech.say(QString::number(i), QStringLiteral("en"));
    QCOMPARE(speech.utterances().size(), RecordingSpeech::kMaxKept);
    QCOMPARE(speech.utterances().constFirst().text, QStringLiteral("5"));
}

QTEST_GUILESS_MAIN(tst_RecordingSpeech)
#include "tst_recordingspeech.moc"
