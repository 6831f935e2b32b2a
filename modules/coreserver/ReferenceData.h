#pragma once

#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace branch {

// The reference data core publishes under GET /v1/reference/{name}.
namespace ReferenceData {

QStringList names(); // catalog, bills, avatar-scripts, fx-rates, fraud-rules, fraud-watchlist

struct Loaded
{
    QMap<QString, QJsonValue> entries;
    QString error; // names the file that failed; empty on success
};

// Reads DIR/<name>.json for each name; a missing file falls back to the
// built-in default, an unreadable or invalid one is an error. An empty `dir`
// means defaults only.
Loaded load(const QString &dir);

// The service IDs listed by a catalog entry: {"services":[{"id":...}, ...]}.
QSet<QString> serviceIds(const QJsonValue &catalog);

} // namespace ReferenceData
} // namespace branch
