#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace branch {

// The deterministic cards of the simulators and of core's reference bank.
// The kiosk's SimulatedCardReader reads them, SimulatedPinPad types their
// `typedPin`, and branch-core's reference decides on them by `pan`. None is a
// real card: the numbers are in an unissued UnionPay test range.
struct TestCard
{
    QString name;        // "ok", "insufficient_funds", ...; the outcome it leads to
    QByteArray track2;   // what the reader reads
    QByteArray pan;
    QByteArray pin;      // the PIN the bank holds
    QByteArray typedPin; // what the simulated customer types
    qint64 balanceFen = 0;
    qint64 limitFen = 0; // per payment
    bool locked = false;
    bool padTimesOut = false; // the customer never finishes the PIN
};

namespace TestCards {
const QList<TestCard> &all();
std::optional<TestCard> byName(const QString &name);
std::optional<TestCard> byPan(QByteArrayView pan);

// The development PIN encryption key (AES-128) that SimulatedPinPad and the
// reference core share. It protects nothing real and must never be used with
// a real pad: a real pad's key is injected by the bank and never leaves it
// and the bank's HSM.
QByteArray developmentPinKey();
} // namespace TestCards

} // namespace branch
