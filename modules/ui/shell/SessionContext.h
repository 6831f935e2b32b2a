#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QTranslator>

#include <memory>

namespace branch {

class StaffSession;
class Translations;

// Who the screen is for: the customer's language and care mode, and the
// signed-in staff member (next: the remote-teller call). Pages, the idle watcher
// and the form read it; nobody passes care mode or language by hand.
//
// The customer's context is built with the application's Translations: its
// language is the one qsTr() shows, applied live (engine->retranslate()).
// A context built without one (a staff overlay in English over a Chinese
// customer screen) changes only its own locale() and translate(); see
// docs/ui.md for what does not follow it yet.
class SessionContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the kiosk at start-up")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QLocale locale READ locale NOTIFY languageChanged)
    Q_PROPERTY(bool careMode READ careMode WRITE setCareMode NOTIFY careModeChanged)
public:
    // applied may be null: then this context is an overlay's, not the customer's.
    explicit SessionContext(Translations *applied = nullptr, QObject *parent = nullptr);
    ~SessionContext() override;

    // The engine whose qsTr() bindings follow the customer's language.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString language() const { return m_language; }
    // False (and nothing changes) for a language the kiosk does not have.
    bool setLanguage(const QString &code);
    QLocale locale() const { return m_locale; }
    bool careMode() const { return m_careMode; }
    // The staff member signed in at this kiosk, if any (StaffSession: the
    // kiosk owns it). A new customer does not sign staff out.
    StaffSession *staffSession() const { return m_staffSession; }
    void setStaffSession(StaffSession *session) { m_staffSession = session; }
    void setCareMode(bool care);

    // A C++ string in this context's language, whatever language the
    // application's translator holds. Falls back to the source text.
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;

public Q_SLOTS:
    // A new customer: the default language, care mode off.
    void reset();

Q_SIGNALS:
    void languageChanged();
    void careModeChanged();

private:
    Translations *m_applied;
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
    QLocale m_locale;
    bool m_careMode = false;
    StaffSession *m_staffSession = nullptr;
};

} // namespace branch
