#pragma once

// Shared by the security tests: an in-memory SecretStore that can be told to
// fail, a pinned clock, and a temporary kiosk database with submissions.

#include "FakeClock.h"
#include "Database.h"
#include "IdempotencyKeySource.h"
#include "SecretStore.h"
#include "SecurityError.h"
#include "SubmissionRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace branch::test {

class MemorySecretStore final : public SecretStore
{
public:
    SecretResult read(const QString &name) override
    {
        if (!m_values.contains(name))
            return SecurityError::make(SecurityReason::SecretNotFound);
        return m_values.value(name);
    }
    SecretResult write(const QString &name, const QByteArray &value) override
    {
        if (m_failWrites.contains(name))
            return SecurityError::make(SecurityReason::KeychainFailed);
        m_values.insert(name, value);
        return QByteArray();
    }
    SecretResult remove(const QString &name) override
    {
        m_values.remove(name);
        return QByteArray();
    }
    QString backend() const override { return QStringLiteral("memory"); }

    void failWritesTo(const QString &name) { m_failWrites.insert(name); }
    void clearFailures() { m_failWrites.clear(); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    QByteArray value(const QString &name) const { return m_values.value(name); }
    void set(const QString &name, const QByteArray &value) { m_values.insert(name, value); }

private:
    QHash<QString, QByteArray> m_values;
    QSet<QString> m_failWrites;
};

// The time every security test runs at.
inline QDateTime pinnedTime()
{
    return QDateTime(QDate(2025, 6, 15), QTime(10, 30), Qt::UTC);
}

inline SubmissionSettings kioskSettings()
{
    return {QStringLiteral("KIOSK01"), QTimeZone::utc()};
}

// The n-th test customer's submission. Values look like the real thing so a
// leak would be found by the scans.
inline SubmissionRequest customerRequest(int n)
{
    SubmissionRequest r;
    r.serviceId = QStringLiteral("utility.electricity");
    r.sessionId = QStringLiteral("session-%1").arg(n);
    r.fields = {{QStringLiteral("account"), QStringLiteral("ACCT-%1").arg(n, 6, 10, QLatin1Char('0'))},
                {QStringLiteral("note"), QStringLiteral("customer %1").arg(n)}};
    r.signaturePng = QByteArray("PNG-") + QByteArray::number(n) + QByteArray(64, char('a' + n % 26));
    if (n % 3 != 0)
        r.signatureStrokes = QByteArray("STROKES-") + QByteArray::number(n);
    return r;
}

// Stores `count` submissions through `codec`; returns their receipt numbers.
inline QStringList submitMany(Database &db, const PayloadCodec &codec, int first, int count)
{
    const FakeClock clock{pinnedTime()};
    RandomKeySource keys;
    SubmissionRepository repo(db, clock, codec, keys, kioskSettings());
    QStringList numbers;
    for (int n = first; n < first + count; ++n) {
        const auto stored = repo.submit(customerRequest(n));
        if (!stored.ok())
            return {};
        numbers << stored.value.receiptNumber;
    }
    return numbers;
}

inline bool openDatabase(Database &db, const QString &path)
{
    OpenOptions options;
    options.path = path;
    return db.open(options).ok;
}

} // namespace branch::test
