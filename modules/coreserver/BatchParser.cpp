#include "BatchParser.h"

#include "StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaType>
#include <QVariant>

namespace branch {
namespace {

// Any C0 control character, DEL or C1 control: nothing in the contract
// needs them, and CR/LF in a receipt number would split log and export lines.
bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            return true;
    }
    return false;
}

bool hasControl(const QJsonValue &value)
{
    if (value.isString())
        return hasControl(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const auto &item : array) {
            if (hasControl(item))
                return true;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (hasControl(it.key()) || hasControl(it.value()))
                return true;
        }
    }
    return false;
}

// Walks text that already parsed as strict JSON and flags, per element of
// the top-level "transactions" array, a fen or sequence written with a
// fraction or an exponent. Only those two paths are looked at, so the result
// is bounded by the array's size whatever the payloads hold.
QList<LiteralFlags> scanLiterals(const QByteArray &json, qsizetype transactions)
{
    struct Frame
    {
        bool object = false;
        QByteArray key;
        qsizetype index = 0;
    };
    QList<LiteralFlags> flags(transactions);
    QList<Frame> stack;
    bool expectKey = false;
    const qsizetype size = json.size();
    auto decodeKey = [](const QByteArray &raw) {
        if (!raw.contains('\\'))
            return raw;
        const QJsonDocument d = QJsonDocument::fromJson("[\"" + raw + "\"]");
        return d.array().at(0).toString().toUtf8();
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < size && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            if (expectKey && !stack.isEmpty() && stack.last().object) {
                stack.last().key = decodeKey(json.mid(i + 1, end - i - 1));
                expectKey = false;
            }
            i = end;
        } else if (c == '{' || c == '[') {
            stack.append(Frame{c == '{', {}, 0});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                expectKey = true;
            else if (!stack.isEmpty())
                ++stack.last().index;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i;
            bool fractional = false;
            while (end < size && (json.at(end) == '-' || json.at(end) == '+' || json.at(end) == '.'
                                  || json.at(end) == 'e' || json.at(end) == 'E'
                                  || (json.at(end) >= '0' && json.at(end) <= '9'))) {
                fractional = fractional || json.at(end) == '.' || json.at(end) == 'e' || json.at(end) == 'E';
                ++end;
            }
            i = end - 1;
            const bool inTransaction = stack.size() >= 3 && stack.at(0).object && stack.at(0).key == "transactions"
                                       && !stack.at(1).object && stack.at(1).index < transactions;
            if (!fractional || !inTransaction)
                continue;
            LiteralFlags &f = flags[stack.at(1).index];
            if (stack.size() == 3 && stack.at(2).key == "sequence")
                f.sequenceNotInteger = true;
            if (stack.size() == 4 && stack.at(2).key == "amount" && stack.at(3).key == "fen")
                f.fenNotInteger = true;
        }
    }
    return flags;
}

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

QString readAmount(const QJsonValue &v, CoreTransaction *tx, bool fenNotInteger)
{
    if (v.isNull())
        return {};
    if (!v.isObject())
        return QStringLiteral("amount_invalid");
    const QJsonObject a = v.toObject();
    const QJsonValue fen = a.value(QStringLiteral("fen"));
    if (a.size() != 2 || fenNotInteger || !isInteger(fen) || fen.toInteger() < 0 || fen.toInteger() > MaxAmountFen
        || a.value(QStringLiteral("currency")).toString() != QLatin1String("CNY"))
        return QStringLiteral("amount_invalid");
    tx->amountFen = fen.toInteger();
    tx->currency = QStringLiteral("CNY");
    return {};
}

QString readFields(const QJsonObject &o, CoreTransaction *tx, LiteralFlags literals)
{
    if (hasControl(QJsonValue(o)))
        return QStringLiteral("control_character");

    const QJsonValue ordering = o.value(QStringLiteral("orderingKey"));
    if (!boundedString(ordering, 64))
        return QStringLiteral("ordering_key_invalid");
    tx->orderingKey = ordering.toString();

    const QJsonValue sequence = o.value(QStringLiteral("sequence"));
    if (literals.sequenceNotInteger || !isInteger(sequence) || sequence.toInteger() < 0
        || sequence.toInteger() > MaxSequence)
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
    const QString amount = readAmount(o.value(QStringLiteral("amount")), tx, literals.fenNotInteger);
    if (!amount.isEmpty())
        return amount;

    if (!o.value(QStringLiteral("payload")).isObject())
        return QStringLiteral("payload_invalid");

    // Optional: the prefill the submission completes (docs/prefill.md).
    if (o.contains(QStringLiteral("prefillReference"))) {
        const QString reference = o.value(QStringLiteral("prefillReference")).toString();
        if (!isTransactionKey(reference))
            return QStringLiteral("prefill_reference_invalid");
        tx->prefillReference = reference;
    }
    // Optional: the kiosk card payment that pays it (docs/payment.md).
    if (o.contains(QStringLiteral("paymentKey"))) {
        const QString paymentKey = o.value(QStringLiteral("paymentKey")).toString();
        if (!isTransactionKey(paymentKey))
            return QStringLiteral("payment_key_invalid");
        tx->paymentKey = paymentKey;
    }
    // Optional: a supervisor's approval (docs/authorization.md).
    if (o.contains(QStringLiteral("authorization"))) {
        QString reason = QStringLiteral("authorization_malformed");
        if (o.value(QStringLiteral("authorization")).isObject())
            tx->authorization = AuthorizationRecord::fromJson(o.value(QStringLiteral("authorization")).toObject(), &reason);
        if (!tx->authorization)
            return reason;
    }
    return {};
}

} // namespace

bool parseTransaction(const QJsonObject &object, CoreTransaction *out, QString *reason, LiteralFlags literals)
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
    out->fieldReason = readFields(object, out, literals);
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

    const QList<LiteralFlags> literals = scanLiterals(body, array.size());
    result.transactions.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return fail(400, "transaction_not_object");
        CoreTransaction tx;
        QString reason;
        if (!parseTransaction(item.toObject(), &tx, &reason, literals.at(i))) {
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
