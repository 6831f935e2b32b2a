#include "AuditAnchor.h"

#include "AuditLogging.h"
#include "AuditRecord.h"
#include "AuditRepository.h"
#include "Database.h"
#include "SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace branch {
namespace {

const QString kHeldKey = QStringLiteral("audit.anchor");

bool isHex(const QString &text, qsizetype bytes)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]*$"));
    return text.size() == 2 * bytes && hex.match(text).hasMatch();
}

} // namespace

QString AuditAnchor::toText(const SignedAnchor &a)
{
    const QJsonObject o{{QStringLiteral("deviceId"), a.statement.deviceId},
                        {QStringLiteral("sequence"), a.statement.sequence},
                        {QStringLiteral("head"), a.statement.head},
                        {QStringLiteral("anchoredAt"), a.statement.anchoredAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("publicKey"), QString::fromLatin1(a.publicKey.toHex())},
                        {QStringLiteral("signature"), QString::fromLatin1(a.signature.toHex())}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<SignedAnchor> AuditAnchor::fromText(const QString &text)
{
    // The settings table is as writable as the log: read it strictly.
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    SignedAnchor a;
    a.statement.deviceId = o.value(QLatin1String("deviceId")).toString();
    const QJsonValue sequence = o.value(QLatin1String("sequence"));
    a.statement.sequence = sequence.toInteger(-1);
    a.statement.head = o.value(QLatin1String("head")).toString();
    a.statement.anchoredAt = QDateTime::fromString(o.value(QLatin1String("anchoredAt")).toString(), Qt::ISODateWithMs);
    const QString publicKey = o.value(QLatin1String("publicKey")).toString();
    const QString signature = o.value(QLatin1String("signature")).toString();
    if (a.statement.deviceId.isEmpty() || !sequence.isDouble() || a.statement.sequence < 0
        || !AuditChain::isHexHash(a.statement.head) || !a.statement.anchoredAt.isValid()
        || !isHex(publicKey, AnchorSigner::PublicKeySize) || !isHex(signature, AnchorSigner::SignatureSize))
        return std::nullopt;
    a.statement.anchoredAt = a.statement.anchoredAt.toUTC();
    a.publicKey = QByteArray::fromHex(publicKey.toLatin1());
    a.signature = QByteArray::fromHex(signature.toLatin1());
    return a;
}

StoreResult<std::optional<SignedAnchor>> AuditAnchor::loadHeld(Database &db)
{
    StoreResult<std::optional<SignedAnchor>> result;
    const auto stored = SettingsRepository(db).value(kHeldKey);
    result.error = stored.error;
    if (stored.ok() && stored.value) {
        result.value = fromText(*stored.value);
        if (!result.value)
            qCWarning(lcAudit) << "the held audit anchor is malformed; core's copy is asked for instead";
    }
    return result;
}

StoreError AuditAnchor::saveHeld(Database &db, const SignedAnchor &anchor)
{
    return SettingsRepository(db).setValue(kHeldKey, toText(anchor));
}

QString AuditAnchor::messageFor(const QString &reason)
{
    using namespace AnchorReason;
    if (reason == SignatureInvalid)
        return tr("The audit anchor's signature is not valid: it was not issued by core.");
    if (reason == KeyUnknown)
        return tr("The audit anchor was signed by a key other than the core key this kiosk trusts.");
    if (reason == WrongDevice)
        return tr("The audit anchor belongs to another device.");
    if (reason == RowsMissing)
        return tr("The audit log is broken: it ends before rows that core has anchored (rows were cut off or deleted).");
    if (reason == Mismatch)
        return tr("The audit log is broken: a row that core has anchored now has another hash (the log was rewritten).");
    return tr("The audit anchor could not be checked.");
}

StoreResult<AnchorComparison> AuditAnchor::compare(Database &db, const SignedAnchor &anchor, const QByteArray &pinnedKey,
                                                   const QString &deviceId)
{
    StoreResult<AnchorComparison> result;
    AnchorComparison &c = result.value;
    const auto fail = [&c](QLatin1String reason, qint64 row) {
        c.reason = reason;
        c.brokenRowId = row;
        c.message = messageFor(c.reason);
        qCWarning(lcAudit) << "audit anchor at row" << row << "does not hold:" << reason;
    };
    const qint64 sequence = anchor.statement.sequence;
    if (!anchor.verify()) {
        fail(AnchorReason::SignatureInvalid, sequence);
        return result;
    }
    if (!pinnedKey.isEmpty() && anchor.publicKey != pinnedKey) {
        fail(AnchorReason::KeyUnknown, sequence);
        return result;
    }
    if (!deviceId.isEmpty() && anchor.statement.deviceId != deviceId) {
        fail(AnchorReason::WrongDevice, sequence);
        return result;
    }
    if (sequence == 0)
        return result; // core anchored an empty log: nothing to lose yet
    const AuditRepository table(db.connection());
    const auto row = table.row(sequence);
    if (!row.ok()) {
        result.error = row.error;
        return result;
    }
    if (!row.value) {
        const auto last = table.last();
        result.error = last.error;
        fail(AnchorReason::RowsMissing, last.ok() && last.value && last.value->id < sequence ? last.value->id + 1 : sequence);
    } else if (row.value->hash != anchor.statement.head) {
        fail(AnchorReason::Mismatch, sequence);
    }
    return result;
}

StoreResult<QByteArray> AuditAnchor::macs(Database &db, const AuditChainKey &key, qint64 afterId, qint64 upToId)
{
    StoreResult<QByteArray> result;
    result.error = AuditRepository(db.connection()).forRange(afterId, upToId, [&](const AuditRow &row) {
        result.value += auditRowMac(key, row);
        return true;
    });
    return result;
}

} // namespace branch
