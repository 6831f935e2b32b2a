#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <memory>

namespace branch {

class SessionContext;
class Speech;

// The voice as pages use it. The words are the page's own (qsTr, translated
// with the screen); this object only decides when they are said, in the
// customer's language, at care mode's rate:
//   - in care mode a page's title or question is read when it opens or
//     changes (showPage) and an error or result when it appears (alert);
//   - outside care mode the kiosk stays quiet: nothing is said until the
//     customer presses "Read it again" (readAgain), which reads the last of
//     those, whichever mode.
// Switching care mode on reads the page at once; switching it off, a new
// language (unless the page was already read in it) or the end of a visit
// stops the voice. See docs/speech.md.
class Speaker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool readsAloud READ readsAloud NOTIFY readsAloudChanged)
    Q_PROPERTY(int volume READ volume WRITE setVolume NOTIFY volumeChanged)
public:
    // speech may be null (QML without a kiosk): then nothing is said.
    Speaker(Speech *speech, SessionContext *context, QObject *parent = nullptr);
    ~Speaker() override;

    // The kiosk's speaker for QML's singleton (like IdCardController).
    static void provide(QQmlEngine *engine, Speaker *speaker);
    static Speaker *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    bool speaking() const;
    bool available() const;
    // Whether pages are read without being asked: care mode.
    bool readsAloud() const;
    // Percent, 0..100.
    int volume() const { return m_volume; }
    void setVolume(int percent);

    // What would be read again now.
    QString lastText() const { return m_last; }

    Q_INVOKABLE void showPage(const QString &text);
    Q_INVOKABLE void alert(const QString &text);
    // An offer made to this customer because of who they are (care mode
    // offered when the ID card shows 65 or over): said in any mode, at care
    // mode's slower rate, since it is addressed to someone who may not read it.
    Q_INVOKABLE void offer(const QString &text);
    Q_INVOKABLE void readAgain();
    Q_INVOKABLE void stop();

public Q_SLOTS:
    // A new customer: silence, and nothing of the last visit to repeat.
    void clear();

Q_SIGNALS:
    void speakingChanged();
    void availableChanged();
    void readsAloudChanged();
    void volumeChanged();

private:
    void careModeChanged();
    void say(const QString &text);

    Speech *m_speech;
    std::unique_ptr<Speech> m_silent; // when given none
    SessionContext *m_context;
    QString m_pageText;
    QString m_last;
    int m_volume = 100;
    bool m_care = false;
};

} // namespace branch
