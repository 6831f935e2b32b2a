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

// One creation time per test run, inside core's window around its clock,
// so the same arguments give the same body (and body hash) within a run.
inline QString createdNow()
{
    static const QString created = branch::isoUtcMs(QDateTime::currentDateTimeUtc().addSecs(-60));
    return created;
}

// A contract-valid Tx object, with a receipt number of device K001.
inline QJsonObject txObject(const QString &key, qint64 sequence, const QString &service = QStringLiteral("utility.water"),
                            qint64 fen = 1234)
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("orderingKey"), QStringLiteral("acct-1")},
                       {QStringLiteral("sequence"), sequence},
                       {QStringLiteral("serviceId"), service},
                       {QStringLiteral("receiptNo"), QStringLiteral("K001-R%1").arg(sequence)},
                       {QStringLiteral("createdAt"), createdNow()},
                       {QStringLiteral("amount"), QJsonObject{{QStringLiteral("fen"), fen}, {QStringLiteral("currency"), QStringLiteral("CNY")}}},
                       {QStringLiteral("payload"), QJsonObject{{QStringLiteral("account"), QStringLiteral("A-1")}}}};
}

// The same object with its receipt number moved to another device.
inline QJsonObject ofDevice(QJsonObject object, const QString &device)
{
    QString receipt = object.value(QStringLiteral("receiptNo")).toString();
    if (receipt.startsWith(QLatin1String("K001-")))
        receipt = device + receipt.mid(4);
    object.insert(QStringLiteral("receiptNo"), receipt);
    return object;
}

inline branch::CoreTransaction tx(const QJsonObject &object)
{
    branch::CoreTransaction out;
    QString reason;
    branch::parseTransaction(object, &out, &reason);
    return out;
}

} // namespace coretest
