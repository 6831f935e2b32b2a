#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace branch {

// What the top bar's status badge says for a state of delivery to core: to
// customers only whether every service works; to staff, offline or online,
// how much waits, how much core refused. The QML binds the state in
// and shows the wording out; which words go with which state is decided here.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool configured READ configured WRITE setConfigured NOTIFY changed)
    Q_PROPERTY(bool online READ online WRITE setOnline NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting WRITE setWaiting NOTIFY changed)
    Q_PROPERTY(int refused READ refused WRITE setRefused NOTIFY changed)
    // The customer's language: the wording is read again when it changes.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    // Offline, or core refused something: the badge stands out for staff.
    Q_PROPERTY(bool attention READ attention NOTIFY changed)
    // For customers: "Service normal" or "Some services are unavailable".
    // How much waits is staff's business, on the staff page (detailText).
    Q_PROPERTY(QString text READ text NOTIFY changed)
    // For staff: online or not, what waits, what core refused.
    Q_PROPERTY(QString detailText READ detailText NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    // The staff page's line: how much waits, or that nothing can be sent.
    Q_PROPERTY(QString queueText READ queueText NOTIFY changed)
public:
    explicit SyncStatus(QObject *parent = nullptr);

    bool configured() const { return m_configured; }
    void setConfigured(bool configured);
    bool online() const { return m_online; }
    void setOnline(bool online);
    int waiting() const { return m_waiting; }
    void setWaiting(int waiting);
    int refused() const { return m_refused; }
    void setRefused(int refused);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    bool offline() const { return !m_configured || !m_online; }
    bool attention() const { return offline() || m_refused > 0; }
    QString text() const;
    QString detailText() const;
    QString description() const;
    QString queueText() const;

Q_SIGNALS:
    void changed();

private:
    template<typename T>
    void set(T &member, const T &value);

    bool m_configured = false;
    bool m_online = false;
    int m_waiting = 0;
    int m_refused = 0;
    QString m_language;
};

} // namespace branch
