#pragma once

#include "PrintQueue.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace branch {

// The receipt screen's printing: the stored request's PDF goes to the
// receipt printer off the GUI thread (PrintQueue); this says where it is, in
// the customer's language, and offers a reprint when staff can put it right
// (paper, a paused printer). Whatever happens, the request is already
// stored: on failure the screen keeps the receipt's QR code and number.
class ReceiptPrinting : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the form flow")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    Q_PROPERTY(bool canReprint READ canReprint NOTIFY changed)
    // "Printing your receipt...", "Please take your receipt." or why not.
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    // After a failure: what the customer can do instead.
    Q_PROPERTY(QString fallbackText READ fallbackText NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
public:
    enum class State { Idle, Printing, Printed, Failed };
    Q_ENUM(State)

    explicit ReceiptPrinting(QObject *parent = nullptr);

    // Null: every receipt fails with PrintReason::NoPrinter.
    void setQueue(PrintQueue *queue);
    // Prints the receipt file. `fileReason` is why there is no file (the
    // submission's receiptReason): then nothing is sent.
    void start(const QString &documentPath, const QString &receiptNumber, const QString &fileReason);
    // Again, after a failure staff can put right. False when there is none.
    Q_INVOKABLE bool reprint();
    // The visit ended: a job under way finishes unseen.
    void clear();
    // The language changed: the texts are read again.
    void retranslate() { Q_EMIT changed(); }

    State state() const { return m_state; }
    bool busy() const { return m_state == State::Printing; }
    bool failed() const { return m_state == State::Failed; }
    bool canReprint() const;
    QString statusText() const;
    QString fallbackText() const;
    QString reason() const { return m_reason; }
    int printCount() const { return m_printed; }

Q_SIGNALS:
    void changed();

private:
    void send();
    void take(qint64 ticket, const PrintResult &result);
    void fail(const QString &reason);

    QPointer<PrintQueue> m_queue;
    QMetaObject::Connection m_finished;
    QString m_documentPath;
    QString m_receiptNumber;
    State m_state = State::Idle;
    QString m_reason;
    qint64 m_ticket = 0;
    int m_printed = 0;
};

} // namespace branch
