#include "AuditRecord.h"

#include "AnchorStatement.h"
#include "AuditChainKey.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace branch {
namespace {

// Every field but the hashes, each as a 4-byte big-endian length and UTF-8.
QByteArray fieldEncoding(const AuditRecord &r)
{
    QByteArray out;
    const QString fields[] = {QString::number(r.id), r.createdAt, r.kind, r.actor, r.subject, r.details};
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        char length[4];
        qToBigEndian(quint32(utf8.size()), length);
        out.append(length, 4);
        out.append(utf8);
    }
    return out;
}

} // namespace

bool AuditKind::isKnown(const QString &kind)
{
    return kind == Submission || kind == SyncOutcome || kind == StaffAction || kind == Authorization
        || kind == KeyRotation || kind == StoreSalvage;
}

QByteArray auditRowMac(const AuditChainKey &key, const AuditRecord &r)
{
    return key.mac(QByteArrayLiteral("branchsuite/audit-row-v2") + fieldEncoding(r));
}

QString auditHash(const AuditChainKey &key, const AuditRecord &r)
{
    const QByteArray head = AuditChain::link(QByteArray::fromHex(r.prevHash.toLatin1()), auditRowMac(key, r));
    return QString::fromLatin1(head.toHex());
}

QString auditLegacyHash(const AuditRecord &r)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(QByteArray::fromHex(r.prevHash.toLatin1()));
    sha.addData(fieldEncoding(r));
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace branch
