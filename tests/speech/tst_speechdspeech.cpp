#include "SpeechHarness.h"
#include "SpeechdSpeech.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using branch::Speech;
using branch::SpeechdSpeech;
using branch::test::SpeechHarness;

// The real voice, heard. A private PulseAudio with a null sink and a private
// speech-dispatcher (SpeechHarness: child processes, stopped by PID at the
// end), and parec recording the sink's monitor: saying a sentence in
// Mandarin and in English must put sound on the sink while the engine
// reports Speaking; the Mandarin voice must be the one that speaks tones
// (docs/speech.md); stop() must silence it. Skips only when the engine or
// the audio tools are not installed.
class tst_SpeechdSpeech : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void speaksAloud_data();
    void speaksAloud();
    void stopSilences();

private:
    std::unique_ptr<SpeechHarness> m_audio;
    std::unique_ptr<SpeechdSpeech> m_speech;
};

void tst_SpeechdSpeech::initTestCase()
{
    if (!SpeechdSpeech::engineInstalled())
        QSKIP("Qt TextToSpeech's speechd engine is not installed (qt6-speech-speechd-plugin)");
    if (const QString missing = SpeechHarness::missingTool(); !missing.isEmpty())
        QSKIP(qPrintable(missing + QStringLiteral(" is not installed (scripts/packages-test.txt)")));
    m_audio = std::make_unique<SpeechHarness>();
    QString why;
    QVERIFY2(m_audio->start(&why), qPrintable(why));

    m_speech = std::make_unique<SpeechdSpeech>();
    QCOMPARE(m_speech->state(), Speech::State::Idle); // nothing started before it is asked
    m_speech->prepare();
    QCOMPARE(m_speech->state(), Speech::State::Starting); // prepare() does not wait for the voices
    QTRY_COMPARE_WITH_TIMEOUT(m_speech->state(), Speech::State::Ready, 60000);
    QVERIFY2(m_speech->description().contains(QLatin1String(SpeechdSpeech::kMandarinVoice)),
             qPrintable(m_speech->description()));
}

void tst_SpeechdSpeech::cleanupTestCase()
{
    m_speech.reset();
    m_audio.reset();
}

void tst_SpeechdSpeech::speaksAloud_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::newRow("zh") << QStringLiteral("zh_CN") << QStringLiteral("您好，欢迎光临。请将二维码对准摄像头。");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Welcome. Please hold your QR code up to the camera.");
}

void tst_SpeechdSpeech::speaksAloud()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QTest::qWait(300);
    m_audio->takeRecording();
    QTest::qWait(500);
    QCOMPARE(SpeechHarness::loudWindows(m_audio->takeRecording()), 0); // the sink is silent before

    QSignalSpy states(m_speech.get(), &Speech::stateChanged);
    m_speech->setRate(Speech::kCareRate);
    m_speech->say(text, language);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains({QVariant::fromValue(Speech::State::Speaking)}), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_speech->state(), Speech::State::Ready, 60000);
    QTest::qWait(300); // the last of the sound through the monitor
    const QByteArray pcm = m_audio->takeRecording();
    const int loud = SpeechHarness::loudWindows(pcm);
    // A sentence this long is well over a second of sound (50 windows of 20 ms).
    QVERIFY2(loud > 50, qPrintable(QStringLiteral("%1 loud 20 ms windows in %2 bytes").arg(loud).arg(pcm.size())));
    qInfo("%s: %.1f s of sound", qPrintable(language), loud / 50.0);
}

void tst_SpeechdSpeech::stopSilences()
{
    m_speech->setRate(Speech::kNormalRate);
    m_speech->say(QStringLiteral("这是一段很长的话，用来确认停止以后就不再有声音。这是一段很长的话，用来确认停止以后就不再有声音。"),
                  QStringLiteral("zh_CN"));
    QTRY_COMPARE_WITH_TIMEOUT(m_speech->state(), Speech::State::Speaking, 30000);
    m_speech->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_speech->state(), Speech::State::Ready, 15000);
    QTest::qWait(500);
    m_audio->takeRecording();
    QTest::qWait(1000);
    QCOMPARE(SpeechHarness::loudWindows(m_audio->takeRecording()), 0);
}

QTEST_GUILESS_MAIN(tst_SpeechdSpeech)
#include "tst_speechdspeech.moc"
