#include "RecordingSpeech.h"
#include "SpeechChoice.h"
#include "SpeechdSpeech.h"

#include <QTest>

using branch::SpeechChoice;

// `--speech`: speechd or off by name; without the option speechd when the
// engine is installed, else off with the reason; anything else refused.
class tst_SpeechChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offRecords();
    void defaultFollowsTheEngine();
    void speechdByName();
    void unknownIsRefused_data();
    void unknownIsRefused();
};

void tst_SpeechChoice::offRecords()
{
    const auto choice = SpeechChoice::parse(QStringLiteral("off"));
    QVERIFY(choice.ok());
    QCOMPARE(choice.value().kind, SpeechChoice::Kind::Off);
    QVERIFY(choice.value().fallbackReason.isEmpty());
    const auto speech = choice.value().make();
    QVERIFY(qobject_cast<branch::RecordingSpeech *>(speech.get()));
}

void tst_SpeechChoice::defaultFollowsTheEngine()
{
    const auto choice = SpeechChoice::parse(QString());
    QVERIFY(choice.ok());
    if (branch::SpeechdSpeech::engineInstalled()) {
        QCOMPARE(choice.value().kind, SpeechChoice::Kind::Speechd);
        QVERIFY(choice.value().fallbackReason.isEmpty());
        // Made, not started: no thread and no dispatcher until prepare() or say().
        const auto speech = choice.value().make();
        QVERIFY(qobject_cast<branch::SpeechdSpeech *>(speech.get()));
        QCOMPARE(speech->state(), branch::Speech::State::Idle);
    } else {
        QCOMPARE(choice.value().kind, SpeechChoice::Kind::Off);
        QCOMPARE(choice.value().fallbackReason, QStringLiteral("speech_engine_missing"));
    }
}

void tst_SpeechChoice::speechdByName()
{
    const auto choice = SpeechChoice::parse(QStringLiteral("speechd"));
    if (branch::SpeechdSpeech::engineInstalled()) {
        QVERIFY(choice.ok());
        QCOMPARE(choice.value().kind, SpeechChoice::Kind::Speechd);
    } else {
        QCOMPARE(choice.reason(), QStringLiteral("speech_engine_missing"));
    }
}

void tst_SpeechChoice::unknownIsRefused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("other engine") << QStringLiteral("flite");
    QTest::newRow("case") << QStringLiteral("Speechd");
    QTest::newRow("on") << QStringLiteral("on");
}

void tst_SpeechChoice::unknownIsRefused()
{
    QFETCH(QString, spec);
    const auto choice = SpeechChoice::parse(spec);
    QVERIFY(!choice.ok());
    QCOMPARE(choice.reason(), QStringLiteral("unknown_speech"));
    QCOMPARE(choice.error().detail, spec);
}

QTEST_GUILESS_MAIN(tst_SpeechChoice)
#include "tst_speechchoice.moc"
