#pragma once

// Damaging a kiosk database the way a bad disk does, and looking at a folder
// before and after, for the read-only, salvage and quarantine tests.
// Header-only: its users link branch_store and Qt6::Sql themselves.

#include "Database.h"
#include "FakeClock.h"
#include "IdempotencyKeySource.h"
#include "PayloadCodec.h"
#include "SettingsRepository.h"
#include "SubmissionRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace branch::test {

// Every file in `dir` (not below it) with a hash of its bytes.
inline QMap<QString, QByteArray> folderSnapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile f(QDir(dir).filePath(name));
        files.insert(name, f.open(QIODevice::ReadOnly)
                               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
                               : QByteArray("unreadable"));
    }
    return files;
}

// The pages of one b-tree ("submissions", "outbox", an index) of a kind:
// "leaf", "internal" or "overflow", in page order (SQLite's dbstat table).
// With `firstOverflowOnly`, only the first page of each overflow chain.
inline QList<qint64> pagesOf(const QString &path, const QString &name, const QString &type,
                             bool firstOverflowOnly = false)
{
    static int counter = 0;
    const QString connection = QStringLiteral("test.pages.%1").arg(++counter);
    QList<qint64> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? %1 ORDER BY pageno")
                          .arg(firstOverflowOnly ? QStringLiteral("AND path LIKE '%+000000'") : QString()));
            q.addBindValue(name);
            q.addBindValue(type);
            if (q.exec()) {
                while (q.next())
                    pages.append(q.value(0).toLongLong());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return pages;
}

// Overwrites one page (1-based) with bytes no b-tree page starts with.
inline bool garblePage(const QString &path, qint64 page, qint64 pageSize = 4096)
{
    QFile f(path);
    if (page < 1 || !f.open(QIODevice::ReadWrite) || !f.seek((page - 1) * pageSize))
        return false;
    const QByteArray junk(int(pageSize), '\xab');
    const bool written = f.write(junk) == junk.size() && f.flush();
    return written;
}

// A kiosk database with `n` stored submissions (outbox entries pending),
// enrolled with a core, closed cleanly: a WAL database with no -wal left.
// Returns the receipt numbers, in order.
inline QStringList populatedKiosk(const QString &path, int n, const QString &kioskCode = QStringLiteral("KIOSK01"),
                                  int signatureBytes = 0)
{
    QStringList numbers;
    Database db;
    if (!db.open({path}).ok)
        return numbers;
    SettingsRepository settings(db);
    settings.setValue(QStringLiteral("sync.core_url"), QStringLiteral("https://127.0.0.1:8443"));
    settings.setValue(QStringLiteral("sync.ca_file"), QStringLiteral("/etc/branchsuite/ca.pem"));
    const FakeClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
    const PlainPayloadCodec codec;
    RandomKeySource keys;
    SubmissionRepository repo(db, clock, codec, keys, {kioskCode});
    for (int i = 0; i < n; ++i) {
        SubmissionRequest r;
        r.serviceId = QStringLiteral("utility.water");
        r.sessionId = QStringLiteral("visit-%1").arg(i);
        r.fields.insert(QStringLiteral("n"), i);
        r.amount = Money(100 + i);
        if (signatureBytes > 0)
            r.signaturePng = QByteArray(signatureBytes, char('A' + i % 26));
        const auto stored = repo.submit(r);
        if (!stored.ok())
            return {};
        numbers.append(stored.value.receiptNumber);
    }
    return numbers;
}

} // namespace branch::test
