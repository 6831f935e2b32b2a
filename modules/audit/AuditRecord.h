#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace branch {

namespace AuditKind {
inline constexpr QLatin1String Submission{"submission"};
inline constexpr QLatin1String SyncOutcome{"sync_outcome"};
inline constexpr QLatin1String StaffAction{"staff_action"};
inline constexpr QLatin1String Authorization{"authorization"};
inline constexpr QLatin1String KeyRotation{"key_rotation"};
bool isKnown(const QString &kind);
} // namespace AuditKind

// What a caller records. subject is an opaque reference (a receipt number, an
// outbox key, a staff id), never a customer's name or ID number.
struct AuditEvent
{
    QString kind;
    QString actor; // "kiosk", "sync", "staff:<id>", "branchctl"
    QString subject;
    QJsonObject details;
};

// One stored row, exactly as in the table.
struct AuditRecord
{
    qint64 id = 0;
    QString createdAt;
    QString kind;
    QString actor;
    QString subject;
    QString details; // compact JSON
    QString prevHash;
    QString hash;

    // SHA-256 over prev_hash and a length-prefixed encoding of every other
    // field including the id, so moving a row changes its hash too.
    QString computeHash() const;
    static QString genesisHash() { return QString(64, u'0'); }
};

// Refuses details that look like personal data: keys named like personal
// fields, or values carrying a run of 11 or more digits (mobile, ID and card
// numbers all do). A safety net, not a licence to pass such data in.
bool looksPersonal(const QJsonObject &details, QString *where);
bool looksPersonal(const QString &text);

} // namespace branch
