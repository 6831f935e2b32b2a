#pragma once

// What the flow tests share: a fixed clock, the shipped catalog, a valid
// transfer, and a real kiosk database in a temporary folder.
#include "Catalog.h"
#include "CatalogLoader.h"
#include "FakeClock.h"
#include "Database.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

namespace flowtest {

// The time the flow tests run at.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 6, 15), QTime(10, 30), Qt::UTC);
}

inline const branch::Catalog &catalog()
{
    static const branch::Catalog loaded = branch::CatalogLoader::loadEmbedded().catalog;
    return loaded;
}

inline const branch::ServiceDefinition &service(const QString &id)
{
    const branch::ServiceDefinition *found = catalog().service(id);
    if (!found)
        qFatal("service %s is not in the shipped catalog", qPrintable(id));
    return *found;
}

inline QJsonObject transfer()
{
    const QString card = QStringLiteral("6222021234567890128");
    return {{QStringLiteral("payee_name"), QStringLiteral("张三")},
            {QStringLiteral("payee_card"), card},
            {QStringLiteral("payee_card_confirm"), card},
            {QStringLiteral("payee_bank"), QStringLiteral("this_bank")},
            {QStringLiteral("amount"), 12345},
            {QStringLiteral("purpose"), QStringLiteral("family")},
            {QStringLiteral("anti_fraud"), true}};
}

// Opens (and migrates) a kiosk database at `path`; fails the test otherwise.
inline bool open(branch::Database &db, const QString &path)
{
    branch::OpenOptions options;
    options.path = path;
    const branch::OpenResult opened = db.open(options);
    if (!opened.ok)
        qWarning() << "database not opened:" << opened.status.reason << opened.status.detail;
    return opened.ok;
}

} // namespace flowtest
