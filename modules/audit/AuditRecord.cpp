#include "AuditRecord.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace branch {

bool AuditKind::isKnown(const QString &kind)
{
    return kind == Submission || kind == SyncOutcome || kind == StaffAction || kind == Authorization
        || kind == KeyRotation || kind == StoreSalvage;
}

QString auditHash(const AuditRecord &r)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(QByteArray::fromHex(r.prevHash.toLatin1()));
    const QString fields[] = {QString::number(r.id), r.createdAt, r.kind, r.actor, r.subject, r.details};
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        char length[4];
        qToBigEndian(quint32(utf8.size()), length);
        sha.addData(QByteArrayView(length, 4));
        sha.addData(utf8);
    }
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace branch
