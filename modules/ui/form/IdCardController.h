#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

#include <memory>

namespace branch {

class Catalog;
class Clock;
class FormController;
class IdCardReader;
class IdCardReading;
class SessionContext;
class SimulatedIdCardReader;

// "Read my ID card" on a form page: the reader is asked off the GUI thread
// (IdCardReading), and the fields the catalog marks get the card's values
// through the form's own setters, so they are checked like typed ones. A
// holder of 65 or over is offered care mode. With the simulator, the panel
// offers its demo cards to place on the reader.
class IdCardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool reading READ reading NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY stateChanged)
    Q_PROPERTY(bool careOffered READ careOffered NOTIFY stateChanged)
    Q_PROPERTY(bool filled READ filled NOTIFY stateChanged)
    Q_PROPERTY(QStringList simulatedCards READ simulatedCards CONSTANT)
public:
    // `reader` may be null (no reader: the panel is never shown); `simulator`
    // is the same object when the reader is the simulator, else null.
    IdCardController(IdCardReader *reader, SimulatedIdCardReader *simulator, const Catalog *catalog,
                     const Clock *clock, FormController *form, SessionContext *context, QObject *parent = nullptr);
    ~IdCardController() override;

    static void provide(QQmlEngine *engine, IdCardController *controller);
    static IdCardController *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    bool available() const { return m_available; }
    bool reading() const;
    QString message() const;
    bool refused() const { return !m_reason.isEmpty(); }
    bool careOffered() const { return m_careOffered; }
    bool filled() const { return m_filled; }
    QStringList simulatedCards() const;

    Q_INVOKABLE void read();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE bool placeSimulated(const QString &card);
    Q_INVOKABLE void acceptCareMode();
    Q_INVOKABLE void declineCareMode();
    // A new service or a new customer: nothing of the last read remains.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void availableChanged();
    void stateChanged();
    // A read ended (filled or refused): the page shows its top, where the message is.
    void resultShown();
    // A card was read: its holder's age (the anti-fraud check's audience).
    void holderAgeRead(int years);

private:
    void updateAvailable();
    void fill(const QHash<QString, QString> &values, bool offerCareMode);

    SimulatedIdCardReader *m_simulator;
    const Catalog *m_catalog;
    FormController *m_form;
    SessionContext *m_context;
    std::unique_ptr<IdCardReading> m_reading;
    bool m_available = false;
    bool m_filled = false;
    bool m_careOffered = false;
    QString m_reason;
};

} // namespace branch
