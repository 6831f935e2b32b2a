#include "RecordingSpeech.h"
#include "SessionContext.h"
#include "Speaker.h"

#include <QSignalSpy>
#include <QTest>

using branch::RecordingSpeech;
using branch::SessionContext;
using branch::Speaker;
using branch::Speech;

// When the kiosk speaks (docs/speech.md): in care mode each page as it opens
// and each error as it appears, slower; outside care mode only when the
// customer presses "Read it again"; in the customer's language; never the
// last customer's words.
class tst_Speaker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void quietOutsideCareMode();
    void careModeReadsPagesAndErrors();
    void switchingCareOnReadsThePage();
    void switchingCareOffStops();
    void speaksTheCustomersLanguage();
    void aSentenceInTheNewLanguageIsNotCut();
    void aNewCustomerHearsNothingOld();
    void volumeIsSettable();
    void anOfferIsSaidInAnyMode();

private:
    std::unique_ptr<RecordingSpeech> m_speech;
    std::unique_ptr<SessionContext> m_context;
    std::unique_ptr<Speaker> m_speaker;
};

void tst_Speaker::init()
{
    m_speech = std::make_unique<RecordingSpeech>();
    m_context = std::make_unique<SessionContext>();
    m_context->setLanguage(QStringLiteral("zh_CN"));
    m_speaker = std::make_unique<Speaker>(m_speech.get(), m_context.get());
}

void tst_Speaker::cleanup()
{
    m_speaker.reset();
    m_context.reset();
    m_speech.reset();
}

void tst_Speaker::quietOutsideCareMode()
{
    QVERIFY(!m_speaker->readsAloud());
    m_speaker->showPage(QStringLiteral("请选择业务"));
    m_speaker->alert(QStringLiteral("请填写姓名"));
    QVERIFY(m_speech->utterances().isEmpty());
    // The customer asked: the last thing shown is read, at the normal rate.
    m_speaker->readAgain();
    QCOMPARE(m_speech->texts(), QStringList{QStringLiteral("请填写姓名")});
    QCOMPARE(m_speech->utterances().constLast().rate, Speech::kNormalRate);
    QCOMPARE(m_speech->utterances().constLast().language, QStringLiteral("zh_CN"));
}

void tst_Speaker::careModeReadsPagesAndErrors()
{
    m_context->setCareMode(true);
    QVERIFY(m_speaker->readsAloud());
    m_speaker->showPage(QStringLiteral("住房公积金。第1页，共2页"));
    m_speaker->alert(QStringLiteral("请填写姓名"));
    m_speaker->alert(QString()); // an error going away says nothing
    m_speaker->readAgain();
    QCOMPARE(m_speech->texts(), (QStringList{QStringLiteral("住房公积金。第1页，共2页"), QStringLiteral("请填写姓名"),
                                             QStringLiteral("请填写姓名")}));
    for (const RecordingSpeech::Utterance &u : m_speech->utterances())
        QCOMPARE(u.rate, Speech::kCareRate);
}

void tst_Speaker::switchingCareOnReadsThePage()
{
    m_speaker->showPage(QStringLiteral("请选择业务"));
    QSignalSpy reads(m_speaker.get(), &Speaker::readsAloudChanged);
    m_context->setCareMode(true);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(m_speech->texts(), QStringList{QStringLiteral("请选择业务")});
    QCOMPARE(m_speech->utterances().constLast().rate, Speech::kCareRate);
}

void tst_Speaker::switchingCareOffStops()
{
    m_context->setCareMode(true);
    m_speaker->showPage(QStringLiteral("请选择业务"));
    const int stops = m_speech->stops();
    m_context->setCareMode(false);
    QCOMPARE(m_speech->stops(), stops + 1);
    QCOMPARE(m_speech->rate(), Speech::kNormalRate);
    m_speaker->showPage(QStringLiteral("下一页"));
    QCOMPARE(m_speech->utterances().size(), 1);
}

void tst_Speaker::speaksTheCustomersLanguage()
{
    m_context->setCareMode(true);
    m_speaker->showPage(QStringLiteral("请选择业务"));
    const int stops = m_speech->stops();
    m_context->setLanguage(QStringLiteral("en"));
    QCOMPARE(m_speech->stops(), stops + 1); // the Chinese sentence is cut short
    // The page's texts come back in English through showPage().
    m_speaker->showPage(QStringLiteral("Please choose a service"));
    QCOMPARE(m_speech->utterances().constLast().text, QStringLiteral("Please choose a service"));
    QCOMPARE(m_speech->utterances().constLast().language, QStringLiteral("en"));
}

void tst_Speaker::aSentenceInTheNewLanguageIsNotCut()
{
    m_context->setCareMode(true);
    m_speaker->showPage(QStringLiteral("请选择业务"));
    // The engine retranslates before languageChanged: the page's English
    // text is already being said when the switch is announced.
    const int before = m_speech->stops();
    m_speech->say(QStringLiteral("Please choose a service"), QStringLiteral("en"));
    QVERIFY(m_context->setLanguage(QStringLiteral("en")));
    QCOMPARE(m_speech->stops(), before);
}

void tst_Speaker::aNewCustomerHearsNothingOld()
{
    m_speaker->showPage(QStringLiteral("张伟的表格"));
    m_speaker->alert(QStringLiteral("身份证号有误"));
    m_speaker->clear();
    m_speaker->readAgain();
    m_speech->repeat();
    QVERIFY(m_speech->utterances().isEmpty());
}

void tst_Speaker::volumeIsSettable()
{
    QSignalSpy changed(m_speaker.get(), &Speaker::volumeChanged);
    m_speaker->setVolume(40);
    m_speaker->setVolume(40);
    QCOMPARE(changed.size(), 1);
    m_speaker->showPage(QStringLiteral("请选择业务"));
    m_speaker->readAgain();
    QCOMPARE(m_speech->utterances().constLast().volume, 0.4);
    m_speaker->setVolume(150);
    QCOMPARE(m_speaker->volume(), 100);
}

// Care mode offered to a holder of 65 or over is said even outside care
// mode, slowly; what follows outside care mode stays quiet and normal.
void tst_Speaker::anOfferIsSaidInAnyMode()
{
    QVERIFY(!m_speaker->readsAloud());
    m_speaker->offer(QStringLiteral("您是否需要关怀模式？"));
    QCOMPARE(m_speech->utterances().size(), 1);
    QCOMPARE(m_speech->utterances().constLast().rate, Speech::kCareRate);
    m_speaker->alert(QStringLiteral("请填写姓名"));
    QCOMPARE(m_speech->utterances().size(), 1);
    m_speaker->readAgain();
    QCOMPARE(m_speech->utterances().constLast().text, QStringLiteral("请填写姓名"));
    QCOMPARE(m_speech->utterances().constLast().rate, Speech::kNormalRate);
}

QTEST_GUILESS_MAIN(tst_Speaker)
#include "tst_speaker.moc"
