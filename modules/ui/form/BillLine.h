#pragma once

#include <QQmlEngine>
#include <QString>

namespace branch {

// One bill of what a look-up found, as the form shows it above the questions:
// the period it covers, when it is due and its amount, already worded.
struct BillLine
{
    Q_GADGET
    QML_VALUE_TYPE(billLine)
    Q_PROPERTY(QString period MEMBER period)
    Q_PROPERTY(QString due MEMBER due)
    Q_PROPERTY(QString amount MEMBER amount)
public:
    QString period;
    QString due;    // "Due 2025-03-25"
    QString amount; // "¥186.50"

    friend bool operator==(const BillLine &, const BillLine &) = default;
};

} // namespace branch
