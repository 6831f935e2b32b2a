#pragma once

#include "BatchParser.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace coretest {

inline QString randomKey()
{
    QString key;
    for (int i = 0; i < 4; ++i)
        key += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return key;
}

inline QString randomDevice()
{
    return QStringLiteral("T%1").arg(QRandomGenerator::global()->bounded(100000000), 8, 10, QLatin1Char('0'));
}

// A contract-valid Tx object.
inline QJsonObject txObject(const QString &key, qint64 sequence, const QString &service = QStringLiteral("utility.water"),
                            qint64 fen = 1234)
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("orderingKey"), QStringLiteral("acct-1")},
                       {QStringLiteral("sequence"), sequence},
                       {QStringLiteral("serviceId"), service},
                       {QStringLiteral("receiptNo"), QStringLiteral("R%1").arg(sequence)},
                       {QStringLiteral("createdAt"), QStringLiteral("2025-03-01T08:00:00.000Z")},
                       {QStringLiteral("amount"), QJsonObject{{QStringLiteral("fen"), fen}, {QStringLiteral("currency"), QStringLiteral("CNY")}}},
                       {QStringLiteral("payload"), QJsonObject{{QStringLiteral("account"), QStringLiteral("A-1")}}}};
}

inline branch::CoreTransaction tx(const QJsonObject &object)
{
    branch::CoreTransaction out;
    QString reason;
    branch::parseTransaction(object, &out, &reason);
    return out;
}

} // namespace coretest
