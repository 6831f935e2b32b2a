#include "KeychainSecretStore.h"

#include "SecurityError.h"
#include "SecurityLogging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace branch {
namespace {

const QString kProbeName = QStringLiteral("probe");

// Runs a started job until it finishes or the time is up. The job deletes
// itself when it finishes, even after a timeout, so nothing leaks.
SecretResult runJob(QKeychain::Job *job, int timeoutMs, QByteArray *data)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        error = done->error();
        errorText = done->errorString();
        if (data && error == QKeychain::NoError) {
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                *data = reader->binaryData();
        }
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        qCWarning(lcSecurity) << "keychain job timed out after" << timeoutMs << "ms";
        return SecurityError::make(SecurityReason::KeychainTimeout);
    }
    switch (error) {
    case QKeychain::NoError:
        return QByteArray();
    case QKeychain::EntryNotFound:
        return SecurityError::make(SecurityReason::SecretNotFound);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        qCWarning(lcSecurity) << "no keychain backend:" << errorText;
        return SecurityError::make(SecurityReason::NoKeychain);
    default:
        qCWarning(lcSecurity) << "keychain error" << int(error) << errorText;
        return SecurityError::make(SecurityReason::KeychainFailed);
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

SecretResult KeychainSecretStore::read(const QString &name)
{
    if (!isValidName(name))
        return SecurityError::make(SecurityReason::SecretInvalidName);
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(name);
    QByteArray data;
    const SecretResult result = runJob(job, m_timeoutMs, &data);
    if (!result.ok())
        return result;
    return data;
}

SecretResult KeychainSecretStore::write(const QString &name, const QByteArray &value)
{
    if (!isValidName(name))
        return SecurityError::make(SecurityReason::SecretInvalidName);
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(name);
    job->setBinaryData(value);
    return runJob(job, m_timeoutMs, nullptr);
}

SecretResult KeychainSecretStore::remove(const QString &name)
{
    if (!isValidName(name))
        return SecurityError::make(SecurityReason::SecretInvalidName);
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(name);
    SecretResult result = runJob(job, m_timeoutMs, nullptr);
    if (result.reason() == SecurityReason::SecretNotFound)
        return QByteArray();
    return result;
}

QString KeychainSecretStore::backend() const
{
    return QStringLiteral("keychain");
}

SecretResult KeychainSecretStore::probe()
{
    SecretResult written = write(kProbeName, QByteArrayLiteral("probe"));
    if (written.ok())
        written = remove(kProbeName);
    // Whatever the backend said (no bus, locked, timed out), for the caller
    // there is no usable keychain.
    if (!written.ok())
        return SecurityError::make(SecurityReason::NoKeychain);
    return written;
}

} // namespace branch
