#include "CatalogLoader.h"

#include "CatalogLogging.h"
#include "CategoryParser.h"
#include "ServiceParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace branch {
namespace {

const QString kCategoriesFile = QStringLiteral("categories.json");
const QString kServicesDir = QStringLiteral("services");
const QString kUsageFile = QStringLiteral("usage.json");
const QString kCareHomeFile = QStringLiteral("care-home.json");

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

void loadServices(const QString &directory, const QHash<QString, QString> &categories, CatalogLoadResult &result)
{
    const QDir dir(QDir(directory).filePath(kServicesDir));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString name = kServicesDir + QLatin1Char('/') + info.fileName();
        const QString expectedId = info.fileName().chopped(5); // ".json"
        ++result.filesRead;
        QList<CatalogIssue> issues;
        std::optional<ServiceDefinition> service;
        if (const std::optional<QByteArray> bytes = readFile(info.filePath())) {
            ServiceParser parser(name, expectedId, categories);
            service = parser.parse(*bytes);
            issues = parser.issues();
        } else {
            issues.append(CatalogIssue{name, QString(), QStringLiteral("unreadable")});
        }
        if (service && !result.catalog.addService(*service))
            issues.append(CatalogIssue{name, QStringLiteral("id"), QStringLiteral("duplicate_id")});
        if (!issues.isEmpty()) {
            ++result.filesRefused;
            for (const CatalogIssue &issue : issues)
                qCWarning(lcCatalog).noquote() << "refused:" << issue.toString();
            result.issues.append(issues);
        }
    }
}

// usage.json: {"schemaVersion": 1, "monthlyUses": {"utility.water": 5210, ...}}.
// Optional: without it, lists keep the catalog's order. A bad entry is
// reported and left out; it never costs a service.
void loadUsage(const QString &directory, CatalogLoadResult &result)
{
    const std::optional<QByteArray> bytes = readFile(QDir(directory).filePath(kUsageFile));
    if (!bytes)
        return;
    ++result.filesRead;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("schemaVersion")).toInt() != 1) {
        result.issues.append(CatalogIssue{kUsageFile, QString(), QStringLiteral("invalid_json")});
        ++result.filesRefused;
        return;
    }
    QHash<QString, qint64> uses;
    const QJsonObject counts = root.value(QStringLiteral("monthlyUses")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const QString where = QStringLiteral("monthlyUses.") + it.key();
        const double n = it.value().toDouble(-1);
        if (!result.catalog.contains(it.key()))
            result.issues.append(CatalogIssue{kUsageFile, where, QStringLiteral("unknown_service")});
        else if (!it.value().isDouble() || n < 0 || n > 1e12 || n != double(qint64(n)))
            result.issues.append(CatalogIssue{kUsageFile, where, QStringLiteral("not_integer")});
        else
            uses.insert(it.key(), qint64(n));
    }
    result.catalog.setMonthlyUses(uses);
}

// care-home.json: {"schemaVersion": 1, "shortcuts": [{"service": id} | {"category": id}, ...]}.
// Optional: without it, care mode's home shows the categories. A tile the
// catalog cannot open is reported and left out, so nobody taps a dead end.
void loadCareHome(const QString &directory, CatalogLoadResult &result)
{
    const std::optional<QByteArray> bytes = readFile(QDir(directory).filePath(kCareHomeFile));
    if (!bytes)
        return;
    ++result.filesRead;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("schemaVersion")).toInt() != 1
        || !root.value(QStringLiteral("shortcuts")).isArray()) {
        result.issues.append(CatalogIssue{kCareHomeFile, QString(), QStringLiteral("invalid_json")});
        ++result.filesRefused;
        return;
    }
    QList<CareShortcut> shortcuts;
    const QJsonArray entries = root.value(QStringLiteral("shortcuts")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("shortcuts[%1]").arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        CareShortcut shortcut;
        if (entry.size() == 1 && entry.value(QStringLiteral("service")).isString()) {
            shortcut.id = entry.value(QStringLiteral("service")).toString();
            if (!result.catalog.contains(shortcut.id)) {
                result.issues.append(CatalogIssue{kCareHomeFile, where, QStringLiteral("unknown_service")});
                continue;
            }
        } else if (entry.size() == 1 && entry.value(QStringLiteral("category")).isString()) {
            shortcut.kind = CareShortcut::Kind::Category;
            shortcut.id = entry.value(QStringLiteral("category")).toString();
            if (!result.catalog.category(shortcut.id)) {
                result.issues.append(CatalogIssue{kCareHomeFile, where, QStringLiteral("unknown_category")});
                continue;
            }
        } else {
            result.issues.append(CatalogIssue{kCareHomeFile, where, QStringLiteral("invalid_shortcut")});
            continue;
        }
        if (shortcuts.contains(shortcut)) {
            result.issues.append(CatalogIssue{kCareHomeFile, where, QStringLiteral("duplicate_id")});
            continue;
        }
        shortcuts.append(shortcut);
    }
    result.catalog.setCareHome(shortcuts);
}

} // namespace

QString CatalogLoader::embeddedPath()
{
    return QStringLiteral(":/catalog");
}

CatalogLoadResult CatalogLoader::loadDirectory(const QString &directory)
{
    return loadDirectories({directory});
}

CatalogLoadResult CatalogLoader::loadEmbedded()
{
    return loadDirectory(embeddedPath());
}

CatalogLoadResult CatalogLoader::loadDirectories(const QStringList &directories)
{
    CatalogLoadResult result;
    if (directories.isEmpty())
        return result;
    ++result.filesRead;
    const std::optional<QByteArray> bytes = readFile(QDir(directories.first()).filePath(kCategoriesFile));
    if (!bytes) {
        result.issues.append(CatalogIssue{kCategoriesFile, QString(), QStringLiteral("unreadable")});
        result.filesRefused = 1;
        return result;
    }
    CategoryParser categories(kCategoriesFile);
    if (!categories.parse(*bytes)) {
        result.issues = categories.issues();
        result.filesRefused = 1;
        for (const CatalogIssue &issue : result.issues)
            qCWarning(lcCatalog).noquote() << "refused:" << issue.toString();
        return result;
    }
    result.catalog.setGroups(categories.groups());
    result.catalog.setCategories(categories.categories());
    QHash<QString, QString> groupOfCategory;
    for (const CategoryDefinition &category : categories.categories())
        groupOfCategory.insert(category.id, category.group);
    for (const QString &directory : directories)
        loadServices(directory, groupOfCategory, result);
    loadUsage(directories.first(), result);
    loadCareHome(directories.first(), result);
    qCInfo(lcCatalog) << "catalog loaded:" << result.catalog.size() << "services," << result.filesRefused
                      << "files refused";
    return result;
}

} // namespace branch
