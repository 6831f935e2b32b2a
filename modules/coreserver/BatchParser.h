#pragma once

#include "CoreTransaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace branch {

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

// Reads one transaction object. Returns false only when its key is unusable
// (reason in *reason); every other problem lands in fieldReason.
bool parseTransaction(const QJsonObject &object, CoreTransaction *out, QString *reason);

} // namespace branch
