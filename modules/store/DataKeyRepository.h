#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace branch {

// The data_keys table (migration 0004), for the security module's key ring
// and rotation. Callers hold the transaction.
struct DataKeyRow
{
    quint32 keyId = 0;
    quint32 kekId = 0;
    QByteArray wrapped;
    QString state; // active, retiring or retired
};

namespace DataKeyRepository {
inline constexpr QLatin1String Active{"active"};
inline constexpr QLatin1String Retiring{"retiring"};

// Keys that still open data: active and retiring.
StoreResult<QList<DataKeyRow>> live(const QSqlDatabase &db);
// The id the next insert will get; ids are never reused.
StoreResult<quint32> nextId(const QSqlDatabase &db);
StoreError insertActive(const QSqlDatabase &db, quint32 keyId, quint32 kekId, const QByteArray &wrapped);
StoreError markRetiring(const QSqlDatabase &db, quint32 keyId);
// Destroys the wrapped key: nothing it sealed can be opened afterwards.
StoreError retire(const QSqlDatabase &db, quint32 keyId);
StoreError rewrap(const QSqlDatabase &db, quint32 keyId, quint32 kekId, const QByteArray &wrapped);
} // namespace DataKeyRepository

} // namespace branch
