#include "AuditRecord.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtEndian>

namespace branch {

bool AuditKind::isKnown(const QString &kind)
{
    return kind == Submission || kind == SyncOutcome || kind == StaffAction || kind == Authorization
        || kind == KeyRotation;
}

QString AuditRecord::computeHash() const
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(QByteArray::fromHex(prevHash.toLatin1()));
    const QString fields[] = {QString::number(id), createdAt, kind, actor, subject, details};
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        char length[4];
        qToBigEndian(quint32(utf8.size()), length);
        sha.addData(QByteArrayView(length, 4));
        sha.addData(utf8);
    }
    return QString::fromLatin1(sha.result().toHex());
}

bool looksPersonal(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d{11,}"));
    return digits.match(text).hasMatch();
}

namespace {

bool personalKey(const QString &key)
{
    static const QRegularExpression names(
        QStringLiteral("^(name|full_?name|phone|mobile|id_?number|resident_?id|id_?card|card_?number|account_?number|"
                       "address|birth_?date|signature)$"),
        QRegularExpression::CaseInsensitiveOption);
    return names.match(key).hasMatch();
}

bool looksPersonalValue(const QJsonValue &value, const QString &path, QString *where)
{
    if (value.isObject()) {
        if (!looksPersonal(value.toObject(), where))
            return false;
        where->prepend(path + u'.');
        return true;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (looksPersonalValue(item, path, where))
                return true;
        }
        return false;
    }
    const QString text = value.isDouble() ? QString::number(value.toDouble(), 'f', 0) : value.toString();
    if (looksPersonal(text)) {
        *where = path;
        return true;
    }
    return false;
}

} // namespace

bool looksPersonal(const QJsonObject &details, QString *where)
{
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (personalKey(it.key())) {
            *where = it.key();
            return true;
        }
        if (looksPersonalValue(it.value(), it.key(), where))
            return true;
    }
    return false;
}

} // namespace branch
