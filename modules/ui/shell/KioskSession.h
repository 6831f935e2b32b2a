#pragma once

#include <QObject>
#include <QQmlEngine>

namespace branch {

// One customer's visit. clear() ends it: everything that customer entered must
// go. The shell resets itself on cleared(); the journal (branch_store) hooks the
// same signal to delete what was saved for the visit.
class KioskSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the kiosk at start-up")
    Q_PROPERTY(int generation READ generation NOTIFY cleared)
public:
    explicit KioskSession(QObject *parent = nullptr);

    // Increases with every clear(), so a page can tell its data belongs to an
    // earlier visit.
    int generation() const { return m_generation; }
    // Names the current visit in the journal. A new id starts with each visit.
    QString id() const { return m_id; }

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    // Emitted with the id of the visit that is ending, before cleared().
    void ended(const QString &sessionId);
    void cleared();

private:
    static QString newId();

    int m_generation = 0;
    QString m_id = newId();
};

} // namespace branch
