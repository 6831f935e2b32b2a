#pragma once

#include "AuditDetails.h"
#include "AuditRepository.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

namespace branch {

class AuditChainKey;

namespace AuditKind {
inline constexpr QLatin1String Submission{"submission"};
inline constexpr QLatin1String SyncOutcome{"sync_outcome"};
inline constexpr QLatin1String StaffAction{"staff_action"};
inline constexpr QLatin1String Authorization{"authorization"};
inline constexpr QLatin1String KeyRotation{"key_rotation"};
// A damaged database was set aside and what it held salvaged (migration 0007).
inline constexpr QLatin1String StoreSalvage{"store_salvage"};
bool isKnown(const QString &kind);
} // namespace AuditKind

// What a caller records. Every part is typed: the actor is one of
// AuditActor's, the subject one of AuditSubject's, the details an allow-list.
struct AuditEvent
{
    QString kind;
    QString actor;   // AuditActor: "kiosk", "sync", "branchctl", "staff:<id>"
    QString subject; // AuditSubject: a receipt number, a row id, "data_key:2"
    AuditDetails details;
};

// One stored row, exactly as in the table (store's AuditRepository).
using AuditRecord = AuditRow;

// A row's hash, as hex: AuditChain::link(prev_hash, the row's MAC). The MAC
// is HMAC-SHA-256 under the chain key over a length-prefixed encoding of
// every other field including the id, so moving a row changes it too, and
// nobody without the key can make one.
QString auditHash(const AuditChainKey &key, const AuditRecord &record);
QByteArray auditRowMac(const AuditChainKey &key, const AuditRecord &record);
// How rows were hashed before the chain was keyed: plain SHA-256 over
// prev_hash and the same encoding. Anyone can compute it, so it is accepted
// only below the key's switch point (AuditChainKey::keyedFrom).
QString auditLegacyHash(const AuditRecord &record);
inline QString auditGenesisHash() { return QString(64, u'0'); }

} // namespace branch
