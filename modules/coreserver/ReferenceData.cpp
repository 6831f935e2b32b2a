#include "ReferenceData.h"

#include "FraudReference.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace branch::ReferenceData {

QStringList names()
{
    return {QStringLiteral("catalog"), QStringLiteral("bills"), QStringLiteral("avatar-scripts"),
            QStringLiteral("fx-rates"), QStringLiteral("fraud-rules"), QStringLiteral("fraud-watchlist")};
}

Loaded load(const QString &dir)
{
    Loaded loaded;
    for (const QString &name : names()) {
        QString path = QStringLiteral(":/coreserver/reference/%1.json").arg(name);
        if (!dir.isEmpty() && QFile::exists(QDir(dir).filePath(name + QStringLiteral(".json"))))
            path = QDir(dir).filePath(name + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            loaded.error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return loaded;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || doc.isNull()) {
            loaded.error = QStringLiteral("%1: %2 at offset %3").arg(path, error.errorString()).arg(error.offset);
            return loaded;
        }
        // A bank's own anti-fraud file is held to the kiosk's strict parser
        // here, so a typo stops core at start instead of every kiosk later.
        if (const QString refused = FraudReference::refusal(name, doc.toJson(QJsonDocument::Compact)); !refused.isEmpty()) {
            loaded.error = QStringLiteral("%1: %2").arg(path, refused);
            return loaded;
        }
        loaded.entries.insert(name, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    }
    return loaded;
}

QSet<QString> serviceIds(const QJsonValue &catalog)
{
    QSet<QString> ids;
    const QJsonArray services = catalog.toObject().value(QStringLiteral("services")).toArray();
    for (const auto &service : services) {
        const QString id = service.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            ids.insert(id);
    }
    return ids;
}

} // namespace branch::ReferenceData
