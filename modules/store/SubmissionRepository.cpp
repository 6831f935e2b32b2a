#include "SubmissionRepository.h"

#include "Clock.h"
#include "Database.h"
#include "IdempotencyKeySource.h"
#include "PayloadCodec.h"
#include "ReceiptEpoch.h"
#include "ReceiptNumber.h"
#include "StoreLogging.h"
#include "Transaction.h"

#include <QDebug>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace branch {
namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

StoreError invalid(const QString &what)
{
    return StoreError::make(StoreReason::InvalidSubmission, what);
}

} // namespace

SubmitFaultHook::~SubmitFaultHook() = default;

QDebug operator<<(QDebug debug, const SubmissionRequest &request)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "SubmissionRequest(" << request.serviceId << ", session " << request.sessionId
                    << ", fields " << request.fields.keys() << ", amount "
                    << (request.amount ? QString::number(request.amount->fen()) + u' ' + request.amount->currency()
                                       : QStringLiteral("none"))
                    << ", signature " << request.signaturePng.size() << " bytes)";
    return debug;
}

SubmissionRepository::SubmissionRepository(Database &db, const Clock &clock, const PayloadCodec &codec,
                                           IdempotencyKeySource &keys, const SubmissionSettings &settings)
    : m_db(db)
    , m_clock(clock)
    , m_codec(codec)
    , m_keys(keys)
    , m_settings(settings)
{
}

StoreError SubmissionRepository::validate(const SubmissionRequest &request) const
{
    // Details name the part that is wrong, never its value.
    static const QRegularExpression serviceId(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"));
    if (!ReceiptNumber::isValidKioskCode(m_settings.kioskCode))
        return invalid(QStringLiteral("kiosk code"));
    if (request.serviceId.size() > 64 || !serviceId.match(request.serviceId).hasMatch())
        return invalid(QStringLiteral("service id"));
    if (request.sessionId.trimmed().isEmpty() || request.sessionId.size() > MaxOrderingKeyLength)
        return invalid(QStringLiteral("session id"));
    if (request.orderingKey.size() > MaxOrderingKeyLength)
        return invalid(QStringLiteral("ordering key"));
    if (request.amount) {
        if (request.amount->fen() < 0 || !Money::isValidCurrencyCode(request.amount->currency()))
            return invalid(QStringLiteral("amount"));
    }
    if (request.signaturePng.size() > MaxSignatureBytes || request.signatureStrokes.size() > MaxSignatureBytes)
        return invalid(QStringLiteral("signature size"));
    static const QRegularExpression reference(QStringLiteral("^[0-9a-f]{32}$"));
    if (!request.prefillReference.isEmpty() && !reference.match(request.prefillReference).hasMatch())
        return invalid(QStringLiteral("prefill reference"));
    if (!request.paymentKey.isEmpty() && !reference.match(request.paymentKey).hasMatch())
        return invalid(QStringLiteral("payment key"));
    return {};
}

StoreError SubmissionRepository::reach(SubmitStep step)
{
    return m_hook ? m_hook->check(step) : StoreError{};
}

StoreError SubmissionRepository::allocateNumber(const QDate &day, QString *number)
{
    // Runs inside BEGIN IMMEDIATE: no other writer can take the same value.
    const auto epoch = ReceiptEpochs::current(m_db.connection());
    if (!epoch.ok())
        return epoch.error;
    // No epoch: this database cannot know which numbers are still free.
    if (!epoch.value)
        return StoreError::make(StoreReason::ReceiptNumbersUnavailable, QStringLiteral("no receipt epoch"));
    const QString dayKey = day.toString(QStringLiteral("yyyyMMdd"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT last_value, epoch FROM receipt_sequence WHERE kiosk_code = ? AND day = ?"));
    q.addBindValue(m_settings.kioskCode);
    q.addBindValue(dayKey);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read receipt sequence"));
    // The day's count in this epoch's block. A row another epoch wrote (one
    // salvaged from a quarantined file) is not continued.
    const int base = epoch.value->block * ReceiptEpoch::BlockSize;
    const int used = q.next() && q.value(1).toLongLong() == epoch.value->epoch ? q.value(0).toInt() - base : 0;
    if (used < 0 || used >= ReceiptEpoch::BlockSize - 1)
        return StoreError::make(StoreReason::ReceiptNumbersExhausted, dayKey);
    q.finish();
    const int value = base + used + 1;
    q.prepare(QStringLiteral("INSERT INTO receipt_sequence (kiosk_code, day, last_value, epoch) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (kiosk_code, day) DO UPDATE SET last_value = excluded.last_value, "
                             "epoch = excluded.epoch"));
    q.addBindValue(m_settings.kioskCode);
    q.addBindValue(dayKey);
    q.addBindValue(value);
    q.addBindValue(epoch.value->epoch);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("advance receipt sequence"));
    *number = ReceiptNumber{m_settings.kioskCode, day, value}.toString();
    if (number->isEmpty())
        return invalid(QStringLiteral("receipt date"));
    return {};
}

StoreError SubmissionRepository::encode(const QByteArray &plain, const QByteArray &context, QVariant *stored) const
{
    if (plain.isEmpty()) {
        *stored = QVariant(QMetaType(QMetaType::QByteArray)); // NULL, not an encoded empty value
        return {};
    }
    const StoreResult<QByteArray> encoded = m_codec.encode(plain, context);
    if (!encoded.ok())
        return encoded.error;
    *stored = encoded.value;
    return {};
}

StoreError SubmissionRepository::insertSubmission(const SubmissionRequest &request, const QString &number,
                                                  const QDateTime &createdAt, qint64 *id)
{
    const QByteArray fields = QJsonDocument(request.fields).toJson(QJsonDocument::Compact);
    if (fields.size() > MaxFieldsBytes)
        return invalid(QStringLiteral("fields size"));
    QVariant payload, png, strokes;
    const QByteArray *const plains[] = {&fields, &request.signaturePng, &request.signatureStrokes};
    QVariant *const stored[] = {&payload, &png, &strokes};
    for (int i = 0; i < 3; ++i) {
        if (StoreError e = encode(*plains[i], payloadContext(PayloadColumn::all[i], number), stored[i]); e.isError())
            return e;
    }
    if (StoreError e = reach(SubmitStep::PayloadEncoded); e.isError())
        return e;

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO submissions (submission_no, service_id, session_id, created_at, amount_fen, currency, "
        "payload_codec, payload, signature_png, signature_strokes, prefill_reference, "
        "payment_key, authorization) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(number);
    q.addBindValue(request.serviceId);
    q.addBindValue(request.sessionId);
    q.addBindValue(isoUtc(createdAt));
    q.addBindValue(request.amount ? QVariant(request.amount->fen()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(request.amount ? QVariant(request.amount->currency()) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(m_codec.name());
    q.addBindValue(payload);
    q.addBindValue(png);
    q.addBindValue(strokes);
    q.addBindValue(request.prefillReference.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(request.prefillReference));
    q.addBindValue(request.paymentKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(request.paymentKey));
    q.addBindValue(request.authorization.isEmpty()
                       ? QVariant(QMetaType(QMetaType::QString))
                       : QVariant(QString::fromUtf8(QJsonDocument(request.authorization).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("insert submission"));
    *id = q.lastInsertId().toLongLong();
    return reach(SubmitStep::SubmissionInserted);
}

StoreError SubmissionRepository::insertOutbox(qint64 submissionId, const QString &orderingKey,
                                              const QDateTime &createdAt, QString *key)
{
    *key = m_keys.next();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO outbox (submission_id, idempotency_key, ordering_key, next_attempt_at, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(submissionId);
    q.addBindValue(*key);
    q.addBindValue(orderingKey);
    q.addBindValue(isoUtc(createdAt));
    q.addBindValue(isoUtc(createdAt));
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("insert outbox entry"));
    return reach(SubmitStep::OutboxInserted);
}

StoreResult<SubmissionReceipt> SubmissionRepository::submit(const SubmissionRequest &request)
{
    StoreResult<SubmissionReceipt> result;
    if (result.error = validate(request); result.error.isError())
        return result;
    SubmissionReceipt receipt;
    // One clock reading serves the row, the outbox entry and the receipt's
    // business day, so the printed date always matches the stored one.
    receipt.createdAt = m_clock.now().toUTC();
    const QDate day = receipt.createdAt.toTimeZone(m_settings.businessZone).date();
    const QString orderingKey = request.orderingKey.isEmpty() ? request.sessionId : request.orderingKey;

    Transaction tx(m_db.connection());
    StoreError &e = result.error;
    if ((e = tx.begin()).isError() || (e = allocateNumber(day, &receipt.receiptNumber)).isError()
        || (e = reach(SubmitStep::NumberAllocated)).isError()
        || (e = insertSubmission(request, receipt.receiptNumber, receipt.createdAt, &receipt.submissionId)).isError()
        || (e = insertOutbox(receipt.submissionId, orderingKey, receipt.createdAt, &receipt.idempotencyKey)).isError()
        || (m_onStored && (e = m_onStored(request, receipt, tx)).isError())
        || (e = reach(SubmitStep::BeforeCommit)).isError() || (e = tx.commit()).isError()) {
        // The Transaction's destructor rolls back: neither row remains.
        qCWarning(lcStore) << "submission not stored:" << e.reason << e.detail;
        return result;
    }
    qCInfo(lcStore) << "submission stored" << receipt.receiptNumber << "service" << request.serviceId;
    result.value = receipt;
    return result;
}

StoreResult<StoredSubmission> SubmissionRepository::read(const QSqlQuery &q) const
{
    StoreResult<StoredSubmission> result;
    StoredSubmission &s = result.value;
    s.id = q.value(0).toLongLong();
    s.receiptNumber = q.value(1).toString();
    s.serviceId = q.value(2).toString();
    s.sessionId = q.value(3).toString();
    s.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    if (!q.value(5).isNull())
        s.amount = Money(q.value(5).toLongLong(), q.value(6).toString());
    s.status = q.value(11).toString();
    s.prefillReference = q.value(12).toString();
    s.paymentKey = q.value(13).toString();
    s.authorization = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
    if (q.value(7).toString() != m_codec.name()) {
        result.error = StoreError::make(StoreReason::PayloadCodecFailed,
                                        QStringLiteral("row written by codec %1").arg(q.value(7).toString()));
        return result;
    }
    QByteArray fields;
    QByteArray *const targets[] = {&fields, &s.signaturePng, &s.signatureStrokes};
    for (int i = 0; i < 3; ++i) {
        const QVariant stored = q.value(8 + i);
        if (stored.isNull())
            continue;
        const StoreResult<QByteArray> plain =
            m_codec.decode(stored.toByteArray(), payloadContext(PayloadColumn::all[i], s.receiptNumber));
        if (!plain.ok()) {
            result.error = plain.error;
            return result;
        }
        *targets[i] = plain.value;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fields, &parseError);
    if (!doc.isObject()) {
        result.error = StoreError::make(StoreReason::PayloadCodecFailed, QStringLiteral("payload is not an object"));
        return result;
    }
    s.fields = doc.object();
    return result;
}

StoreResult<std::optional<StoredSubmission>> SubmissionRepository::find(const QString &receiptNumber) const
{
    StoreResult<std::optional<StoredSubmission>> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    // Accept what a customer types; store lookups use the canonical form.
    const auto parsed = ReceiptNumber::parse(receiptNumber);
    if (!parsed)
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, submission_no, service_id, session_id, created_at, amount_fen, currency, "
                             "payload_codec, payload, signature_png, signature_strokes, status, prefill_reference, "
                             "payment_key, authorization "
                             "FROM submissions WHERE submission_no = ?"));
    q.addBindValue(parsed->toString());
    if (!q.exec()) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("find submission"));
        return result;
    }
    if (!q.next())
        return result;
    StoreResult<StoredSubmission> row = read(q);
    result.error = row.error;
    if (row.ok())
        result.value = row.value;
    return result;
}

StoreResult<bool> SubmissionRepository::completesPrefill(Database &db, const QString &reference)
{
    StoreResult<bool> result;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM submissions WHERE prefill_reference = ? LIMIT 1"));
    q.addBindValue(reference);
    if (!db.isOpen() || !q.exec()) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("find prefill"));
        return result;
    }
    result.value = q.next();
    return result;
}

StoreResult<qint64> SubmissionRepository::count() const
{
    StoreResult<qint64> result;
    QSqlQuery q(m_db.connection());
    if (!m_db.isOpen() || !q.exec(QStringLiteral("SELECT COUNT(*) FROM submissions")) || !q.next()) {
        result.error = m_db.isOpen()
            ? StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("count submissions"))
            : StoreError::make(StoreReason::NotOpen);
        return result;
    }
    result.value = q.value(0).toLongLong();
    return result;
}

} // namespace branch
