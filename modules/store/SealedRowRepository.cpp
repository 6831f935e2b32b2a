#include "SealedRowRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace branch {
namespace {

// Rows with any personal-data column not sealed under `:h`'s key.
const QString kPendingWhere = QStringLiteral(
    "payload_codec <> 'sealed-v1' OR substr(payload, 1, 5) <> :h "
    "OR (signature_png IS NOT NULL AND substr(signature_png, 1, 5) <> :h) "
    "OR (signature_strokes IS NOT NULL AND substr(signature_strokes, 1, 5) <> :h)");

} // namespace

SealedRowRepository::SealedRowRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

StoreResult<QList<SealedRow>> SealedRowRepository::notSealedUnder(const QByteArray &header, int limit) const
{
    StoreResult<QList<SealedRow>> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, payload_codec, payload, signature_png, signature_strokes, "
                             "submission_no FROM submissions WHERE %1 ORDER BY id LIMIT :n")
                  .arg(kPendingWhere));
    q.bindValue(QStringLiteral(":h"), header);
    q.bindValue(QStringLiteral(":n"), limit);
    if (!q.exec()) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("select rows to re-seal"));
        return result;
    }
    while (q.next())
        result.value.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(5).toString(),
                             {q.value(2), q.value(3), q.value(4)}});
    return result;
}

StoreResult<qint64> SealedRowRepository::countNotSealedUnder(const QByteArray &header) const
{
    StoreResult<qint64> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE %1").arg(kPendingWhere));
    q.bindValue(QStringLiteral(":h"), header);
    if (!q.exec() || !q.next()) {
        result.error =
            StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("count rows left to re-seal"));
        return result;
    }
    result.value = q.value(0).toLongLong();
    return result;
}

StoreError SealedRowRepository::reseal(qint64 id, const QString &codec, const QVariantList &columns)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE submissions SET payload_codec = ?, payload = ?, signature_png = ?, "
                             "signature_strokes = ? WHERE id = ?"));
    q.addBindValue(codec);
    for (const QVariant &c : columns)
        q.addBindValue(c);
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("re-seal row"));
    return {};
}

} // namespace branch
