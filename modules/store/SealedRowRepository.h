#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace branch {

// The personal-data columns of one submissions row, as stored: what key
// rotation reads and writes back re-sealed. Values are sealed bytes, or plain
// ones in rows still under the 'plain' codec; never logged.
struct SealedRow
{
    qint64 id = 0;
    QString codec;
    QString receiptNumber;
    QVariantList columns; // payload, signature_png, signature_strokes (in PayloadColumn::all order)
};

// The submissions table as key rotation sees it. The caller holds the
// transaction.
class SealedRowRepository
{
public:
    explicit SealedRowRepository(const QSqlDatabase &db);

    // Rows with a personal-data column not sealed under the key named by
    // `header` (SealedPayloadCodec::header), oldest first, at most `limit`.
    StoreResult<QList<SealedRow>> notSealedUnder(const QByteArray &header, int limit) const;
    StoreResult<qint64> countNotSealedUnder(const QByteArray &header) const;
    StoreError reseal(qint64 id, const QString &codec, const QVariantList &columns);

private:
    QSqlDatabase m_db;
};

} // namespace branch
