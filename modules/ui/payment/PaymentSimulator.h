#pragma once

#include <QByteArray>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

#include <memory>

namespace branch {

class SimulatedCardReader;
class SimulatedPinPad;

// The demo's card reader and PIN pad, on the screen: the TestCards to insert,
// and a keypad that types into the simulated pad. A real kiosk has neither:
// its customer inserts a card and types on the encrypting pad, which never
// shows the PIN to this program. The digits typed here stay in this object
// until Enter hands them to the pad, and are wiped then.
class PaymentSimulator : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the kiosk when it uses the simulators")
    Q_PROPERTY(QStringList cards READ cards CONSTANT)
    // How many digits are typed: the screen shows as many dots.
    Q_PROPERTY(int typed READ typed NOTIFY typedChanged)
public:
    PaymentSimulator(std::shared_ptr<SimulatedCardReader> reader, std::shared_ptr<SimulatedPinPad> pad,
                     QObject *parent = nullptr);
    ~PaymentSimulator() override;

    QStringList cards() const;
    int typed() const { return int(m_digits.size()); }

    // Inserts the TestCards card named `card`; false for an unknown name.
    Q_INVOKABLE bool insert(const QString &card);
    Q_INVOKABLE void press(int digit);
    Q_INVOKABLE void erase();
    // Hands the digits to the pad (it enciphers them) and forgets them.
    Q_INVOKABLE void enter();
    // A new payment: nothing typed for the last one remains.
    void reset();

Q_SIGNALS:
    void typedChanged();

private:
    std::shared_ptr<SimulatedCardReader> m_reader;
    std::shared_ptr<SimulatedPinPad> m_pad;
    QByteArray m_digits;
};

} // namespace branch
