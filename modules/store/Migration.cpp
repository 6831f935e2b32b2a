#include "Migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace branch {

StoreResult<QList<Migration>> Migration::loadAll(const QString &dir)
{
    StoreResult<QList<Migration>> result;
    const QDir directory(dir);
    if (!directory.exists()) {
        result.error = StoreError::make(StoreReason::MigrationsInvalid,
                                        QStringLiteral("migrations directory %1 does not exist").arg(dir));
        return result;
    }

    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QStringList files = directory.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch()) {
            result.error = StoreError::make(StoreReason::MigrationsInvalid,
                                            QStringLiteral("%1 is not named NNNN_name.sql").arg(fileName));
            return result;
        }
        QFile file(directory.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = StoreError::make(StoreReason::MigrationsInvalid,
                                            QStringLiteral("%1: %2").arg(fileName, file.errorString()));
            return result;
        }
        Migration m;
        m.version = match.captured(1).toInt();
        m.fileName = fileName;
        m.name = match.captured(2);
        m.sql = file.readAll();
        m.checksum = QString::fromLatin1(QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex());
        result.value.append(m);
    }

    std::sort(result.value.begin(), result.value.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < result.value.size(); ++i) {
        const Migration &m = result.value.at(i);
        if (m.version != i + 1) {
            result.error = StoreError::make(
                StoreReason::MigrationsInvalid,
                QStringLiteral("%1: expected version %2 (gap or duplicate number)").arg(m.fileName).arg(i + 1));
            result.value.clear();
            return result;
        }
    }
    if (result.value.isEmpty())
        result.error = StoreError::make(StoreReason::MigrationsInvalid,
                                        QStringLiteral("no migrations in %1").arg(dir));
    return result;
}

} // namespace branch
