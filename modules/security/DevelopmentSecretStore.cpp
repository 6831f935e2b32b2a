#include "DevelopmentSecretStore.h"

#include "SecurityError.h"
#include "SecurityLogging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace branch {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

DevelopmentSecretStore::DevelopmentSecretStore(const QString &directory)
    : m_dir(QDir(directory).absolutePath())
{
    qCWarning(lcSecurity) << "INSECURE development secret store in use at" << m_dir
                          << "- secrets are plain files; never use this on a kiosk";
}

QString DevelopmentSecretStore::filePath(const QString &name) const
{
    return QDir(m_dir).filePath(name + QStringLiteral(".secret"));
}

SecretResult DevelopmentSecretStore::read(const QString &name)
{
    if (!isValidName(name))
        return SecurityError::make(SecurityReason::SecretInvalidName);
    QFile file(filePath(name));
    if (!file.exists())
        return SecurityError::make(SecurityReason::SecretNotFound);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSecurity) << "development secret unreadable:" << name << file.errorString();
        return SecurityError::make(SecurityReason::SecretFileFailed);
    }
    return file.readAll();
}

SecretResult DevelopmentSecretStore::write(const QString &name, const QByteArray &value)
{
    if (!isValidName(name))
        return SecurityError::make(SecurityReason::SecretInvalidName);
    if (!QDir().mkpath(m_dir)
        || !QFile::setPermissions(m_dir, kOwnerOnly | QFileDevice::ExeOwner)) {
        qCWarning(lcSecurity) << "development secret directory unusable:" << m_dir;
        return SecurityError::make(SecurityReason::SecretFileFailed);
    }
    QSaveFile file(filePath(name));
    // Permissions go on the temporary file before any byte is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)
        || file.write(value) != value.size() || !file.commit()) {
        qCWarning(lcSecurity) << "development secret not written:" << name << file.errorString();
        return SecurityError::make(SecurityReason::SecretFileFailed);
    }
    return QByteArray();
}

SecretResult DevelopmentSecretStore::remove(const QString &name)
{
    if (!isValidName(name))
        return SecurityError::make(SecurityReason::SecretInvalidName);
    QFile file(filePath(name));
    if (file.exists() && !file.remove())
        return SecurityError::make(SecurityReason::SecretFileFailed);
    return QByteArray();
}

QString DevelopmentSecretStore::backend() const
{
    return QStringLiteral("development-file");
}

} // namespace branch
