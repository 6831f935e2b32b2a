#include "BatchParser.h"

#include "StrictJson.h"

#include <QJsonArray>
#include <QMetaType>
#include <QVariant>

namespace branch {
namespace {

bool isInteger(const QJsonValue &v)
{
    // Qt keeps JSON integers that fit in 64 bits as qint64 and everything
    // else (1.5, 1e3, 2^70) as double; money and sequences must be the former.
    return v.isDouble() && v.toVariant().metaType().id() == QMetaType::LongLong;
}

bool boundedString(const QJsonValue &v, qsizetype maxChars)
{
    return v.isString() && !v.toString().isEmpty() && v.toString().size() <= maxChars;
}

QString readAmount(const QJsonValue &v, CoreTransaction *tx)
{
    if (v.isNull())
        return {};
    if (!v.isObject())
        return QStringLiteral("amount_invalid");
    const QJsonObject a = v.toObject();
    const QJsonValue fen = a.value(QStringLiteral("fen"));
    if (a.size() != 2 || !isInteger(fen) || fen.toInteger() < 0
        || a.value(QStringLiteral("currency")).toString() != QLatin1String("CNY"))
        return QStringLiteral("amount_invalid");
    tx->amountFen = fen.toInteger();
    tx->currency = QStringLiteral("CNY");
    return {};
}

QString readFields(const QJsonObject &o, CoreTransaction *tx)
{
    const QJsonValue ordering = o.value(QStringLiteral("orderingKey"));
    if (!boundedString(ordering, 64))
        return QStringLiteral("ordering_key_invalid");
    tx->orderingKey = ordering.toString();

    const QJsonValue sequence = o.value(QStringLiteral("sequence"));
    if (!isInteger(sequence))
        return QStringLiteral("sequence_invalid");
    tx->sequence = sequence.toInteger();

    const QJsonValue service = o.value(QStringLiteral("serviceId"));
    if (!boundedString(service, 64))
        return QStringLiteral("service_id_invalid");
    tx->serviceId = service.toString();

    const QJsonValue receipt = o.value(QStringLiteral("receiptNo"));
    if (!boundedString(receipt, 64))
        return QStringLiteral("receipt_no_invalid");
    tx->receiptNo = receipt.toString();

    const QString created = o.value(QStringLiteral("createdAt")).toString();
    tx->createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!created.endsWith(u'Z') || !tx->createdAt.isValid())
        return QStringLiteral("created_at_invalid");

    if (!o.contains(QStringLiteral("amount")))
        return QStringLiteral("amount_invalid");
    const QString amount = readAmount(o.value(QStringLiteral("amount")), tx);
    if (!amount.isEmpty())
        return amount;

    if (!o.value(QStringLiteral("payload")).isObject())
        return QStringLiteral("payload_invalid");
    return {};
}

} // namespace

bool parseTransaction(const QJsonObject &object, CoreTransaction *out, QString *reason)
{
    const QJsonValue key = object.value(QStringLiteral("key"));
    if (!key.isString()) {
        *reason = QStringLiteral("key_missing");
        return false;
    }
    if (!isTransactionKey(key.toString())) {
        *reason = QStringLiteral("key_invalid");
        return false;
    }
    out->key = key.toString();
    out->object = object;
    out->bodySha256 = canonicalSha256(object);
    out->fieldReason = readFields(object, out);
    return true;
}

BatchParse parseBatch(const QByteArray &body, const BatchLimits &limits)
{
    BatchParse result;
    auto fail = [&result](int status, const char *reason) {
        result.httpStatus = status;
        result.reason = QString::fromLatin1(reason);
        result.transactions.clear();
        return result;
    };
    if (body.size() > limits.maxBodyBytes)
        return fail(413, "body_too_large");

    const StrictJsonResult json = parseStrictJson(body, limits.maxDepth);
    if (!json.ok()) {
        result.httpStatus = 400;
        result.reason = json.reason;
        return result;
    }
    if (!json.document.isObject())
        return fail(400, "not_an_object");
    const QJsonValue list = json.document.object().value(QStringLiteral("transactions"));
    if (list.isUndefined())
        return fail(400, "transactions_missing");
    if (!list.isArray())
        return fail(400, "transactions_not_array");
    const QJsonArray array = list.toArray();
    if (array.isEmpty())
        return fail(400, "batch_empty");
    if (array.size() > limits.maxTransactions)
        return fail(413, "batch_too_large");

    result.transactions.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return fail(400, "transaction_not_object");
        CoreTransaction tx;
        QString reason;
        if (!parseTransaction(item.toObject(), &tx, &reason)) {
            result.httpStatus = 400;
            result.reason = reason;
            result.transactions.clear();
            return result;
        }
        result.transactions.append(std::move(tx));
    }
    return result;
}

} // namespace branch
