#pragma once

#include "CoreTransaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace branch {

// Bounds of the contract (docs/api/openapi.yaml). Both stay below 2^53, so
// every JSON reader on the way holds them exactly.
inline constexpr qint64 MaxAmountFen = 1'000'000'000'000;     // 10,000,000,000.00 CNY
inline constexpr qint64 MaxSequence = 9'007'199'254'740'991;   // 2^53 - 1

struct BatchLimits
{
    qsizetype maxBodyBytes = 4 * 1024 * 1024;
    qsizetype maxTransactions = 500;
    int maxDepth = 32;
};

// The outcome of reading POST /v1/transactions/batch. A body that breaks the
// envelope (not JSON, no array, a missing or malformed key) fails as a whole
// with an HTTP status and a reason; a transaction whose other fields are
// wrong is kept with its `fieldReason`, so it gets a stored "rejected" result.
struct BatchParse
{
    int httpStatus = 200; // 200, 400 or 413
    QString reason;       // stable snake_case, empty when httpStatus == 200
    QList<CoreTransaction> transactions;

    bool ok() const { return httpStatus == 200; }
};

BatchParse parseBatch(const QByteArray &body, const BatchLimits &limits = {});

// How the integer fields of each transaction were written in the body's text:
// Qt's JSON parser reads 100.0 and 1e2 as the integer 100, so only the text
// shows that a whole number was not sent as one.
struct LiteralFlags
{
    bool fenNotInteger = false;
    bool sequenceNotInteger = false;
};

// Reads one transaction object. Returns false only when its key is unusable
// (reason in *reason); every other problem lands in fieldReason.
bool parseTransaction(const QJsonObject &object, CoreTransaction *out, QString *reason,
                      LiteralFlags literals = {});

} // namespace branch
