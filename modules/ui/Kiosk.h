#pragma once

#include "CommandLine.h"

#include <QObject>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace branch {

class Database;
class IdleWatcher;
class JournalRepository;
class KioskSession;
class ShellController;
class Translations;

// The kiosk shell assembled: translations, session, idle watcher, shell state
// and the QML engine, wired together. main() and the GUI tests both build
// exactly this, so the tests drive what customers use.
class Kiosk : public QObject
{
    Q_OBJECT
public:
    explicit Kiosk(const KioskOptions &options, QObject *parent = nullptr);
    ~Kiosk() override;

    // Opens the local store, then loads Main.qml and applies the deep link.
    // False when the store cannot be opened or the window failed; errorMessage()
    // says why, translated.
    bool load();
    QString errorMessage() const { return m_error; }

    QQuickWindow *window() const;
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    ShellController *shell() const { return m_shell; }
    IdleWatcher *idle() const { return m_idle; }
    KioskSession *session() const { return m_session; }
    JournalRepository *journal() const { return m_journal.get(); }
    Translations *translations() const { return m_translations; }
    const KioskOptions &options() const { return m_options; }

private:
    bool openStore();
    void endVisit(const QString &sessionId);

    KioskOptions m_options;
    QString m_error;
    std::unique_ptr<Database> m_store;
    std::unique_ptr<JournalRepository> m_journal;
    Translations *m_translations;
    KioskSession *m_session;
    IdleWatcher *m_idle;
    ShellController *m_shell;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace branch
