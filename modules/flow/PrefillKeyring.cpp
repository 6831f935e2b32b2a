#include "PrefillKeyring.h"

#include "SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace branch {

PrefillKeyring PrefillKeyring::from(const QString &branch, const QList<QByteArray> &signingKeys,
                                    const QByteArray &branchSecretKey)
{
    PrefillKeyring ring;
    ring.branch = branch;
    for (const QByteArray &key : signingKeys) {
        if (key.size() == TokenSigner::PublicKeySize)
            ring.publicKeys.insert(prefillKeyId(key), key);
    }
    ring.branchKey = BranchBoxKey::fromSecretKey(branchSecretKey);
    return ring;
}

Result<PrefillKeyring> PrefillKeyring::load(SecretStore &secrets)
{
    SecretResult stored = secrets.read(QString(SecretName));
    if (!stored.ok())
        return fail(stored.reason(), stored.error().message);
    const QJsonObject o = QJsonDocument::fromJson(stored.value()).object();
    QList<QByteArray> keys;
    const QJsonArray signing = o.value(QStringLiteral("signing")).toArray();
    for (const auto &key : signing)
        keys.append(QByteArray::fromBase64(key.toString().toLatin1()));
    QByteArray secret = QByteArray::fromBase64(o.value(QStringLiteral("branch_key")).toString().toLatin1());
    PrefillKeyring ring = from(o.value(QStringLiteral("branch")).toString(), keys, secret);
    secret.fill('\0');
    stored.value().fill('\0');
    if (ring.isEmpty() || ring.branch.isEmpty())
        return fail(QStringLiteral("prefill_keys_damaged"));
    return ring;
}

Result<void> PrefillKeyring::save(SecretStore &secrets) const
{
    QJsonArray signing;
    for (const QByteArray &key : publicKeys)
        signing.append(QString::fromLatin1(key.toBase64()));
    QJsonObject o{{QStringLiteral("branch"), branch}, {QStringLiteral("signing"), signing}};
    if (branchKey)
        o.insert(QStringLiteral("branch_key"), QString::fromLatin1(branchKey->secretKey().toBase64()));
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const SecretResult written = secrets.write(QString(SecretName), json);
    json.fill('\0');
    if (!written.ok())
        return fail(written.reason(), written.error().message);
    return {};
}

} // namespace branch
