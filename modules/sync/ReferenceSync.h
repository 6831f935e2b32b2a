#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace branch {

class CoreClient;
class Database;

// The reference data the kiosk keeps a copy of.
namespace ReferenceName {
inline const QStringList all()
{
    return {QStringLiteral("catalog"), QStringLiteral("bills"), QStringLiteral("avatar-scripts"),
            QStringLiteral("fx-rates"), QStringLiteral("fraud-rules"), QStringLiteral("fraud-watchlist")};
}
} // namespace ReferenceName

struct ReferenceCopy
{
    QString name;
    qint64 version = -1; // -1: no copy yet
    QString etag;
    QByteArray data; // compact JSON of core's "data"
};

struct ReferenceOutcome
{
    QString name;
    QString result; // updated | unchanged | older_ignored | failed
    qint64 version = -1;
    QString reason; // when failed
    bool reached = false; // core answered (200, 304 or a refusal), so it is up
    QDateTime serverTime; // core's clock when it answered; invalid if it did not say
};

// Pulls /v1/reference/{name} with If-None-Match and keeps the latest body,
// ETag and version in the kiosk database (the settings table, keys
// "reference.<name>.*"). A version lower than the one held is never stored:
// a stale core replica must not roll the kiosk's catalog back, and anti-fraud
// data that does not parse is refused, so the last good copy stays in use.
class ReferenceSync : public QObject
{
    Q_OBJECT
public:
    ReferenceSync(Database &db, CoreClient &core, QObject *parent = nullptr);

    ReferenceOutcome pull(const QString &name);
    // Stops at the first name core does not answer for: the rest would only
    // wait out the same timeout.
    QList<ReferenceOutcome> pullAll();
    StoreResult<ReferenceCopy> copy(const QString &name) const { return held(m_db, name); }
    // The copy kept in `db`, for readers without a CoreClient (the kiosk's GUI thread).
    static StoreResult<ReferenceCopy> held(Database &db, const QString &name);

Q_SIGNALS:
    void referenceUpdated(const QString &name, qint64 version);

private:
    StoreError store(const ReferenceCopy &copy);

    Database &m_db;
    CoreClient &m_core;
};

} // namespace branch
