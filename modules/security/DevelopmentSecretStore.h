#pragma once

#include "SecretStore.h"

namespace branch {

// Secrets as 0600 files in one 0700 directory: for development machines and
// tests only, chosen explicitly (e.g. --dev-insecure-secrets DIR). Anyone who
// can read the directory can read every sealed value, so each construction
// logs a warning.
class DevelopmentSecretStore final : public SecretStore
{
public:
    explicit DevelopmentSecretStore(const QString &directory);

    SecretResult read(const QString &name) override;
    SecretResult write(const QString &name, const QByteArray &value) override;
    SecretResult remove(const QString &name) override;
    QString backend() const override;

    QString directory() const { return m_dir; }

private:
    QString filePath(const QString &name) const;

    QString m_dir;
};

} // namespace branch
