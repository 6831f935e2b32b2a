#pragma once

// Doubles for the sync tests: a settable clock, an in-memory core that keeps
// core's idempotency rules and fails on a script, and a seeded kiosk database.

#include "FakeClock.h"
#include "CoreClient.h"
#include "Database.h"
#include "IdempotencyKeySource.h"
#include "PayloadCodec.h"
#include "SubmissionRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QQueue>
#include <QSet>
#include <QTemporaryDir>

namespace branch::test {

// When the sync tests' kiosk clock starts.
inline QDateTime syncStart()
{
    return QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
}

// What the fake core does with the next call.
enum class Fault {
    None,
    DropRequest,  // transport error, nothing applied
    DropResponse, // applied, then transport error
    Unavailable,  // 503, nothing applied
    ServerError,  // applied, then 500
    Malformed,    // applied, then an answer that breaks the contract
    Unauthorized, // 401, nothing applied
};

class FakeCore final : public CoreClient
{
public:
    QList<Fault> script;             // one per call; empty = Fault::None
    QSet<QString> rejectedServices;  // applied as outcome "rejected"
    qint64 serverSkewMs = 0;         // core's clock minus the test clock
    const Clock *clock = nullptr;

    QHash<QString, CoreResult> results;     // key -> first result
    QHash<QString, QByteArray> bodies;      // key -> canonical body
    QStringList appliedKeys;                // every application, in order (duplicates would show)
    QHash<QString, QList<qint64>> sequences; // orderingKey -> sequences applied
    int batchCalls = 0;
    int lookupCalls = 0;
    QList<int> batchSizes;

    BatchReply sendBatch(const QList<CoreTransaction> &transactions) override
    {
        ++batchCalls;
        batchSizes.append(int(transactions.size()));
        const Fault fault = script.isEmpty() ? Fault::None : script.takeFirst();
        BatchReply reply;
        if (failBefore(fault, &reply))
            return reply;
        for (const CoreTransaction &tx : transactions)
            reply.results.append(apply(tx));
        failAfter(fault, &reply);
        return reply;
    }

    // Anchoring is tested against the real core (tests/audit); this double
    // holds no anchors and takes none, and never touches the script.
    AnchorReply latestAnchor() override
    {
        AnchorReply reply;
        reply.status = ReplyStatus::NotFound;
        reply.httpStatus = 404;
        return reply;
    }
    AnchorReply anchor(const AnchorRequest &) override
    {
        AnchorReply reply;
        reply.status = ReplyStatus::Client;
        reply.httpStatus = 404;
        reply.reason = QStringLiteral("not_found");
        return reply;
    }

    LookupReply lookup(const QString &key) override
    {
        ++lookupCalls;
        const Fault fault = script.isEmpty() ? Fault::None : script.takeFirst();
        LookupReply reply;
        if (failBefore(fault, &reply))
            return reply;
        if (!results.contains(key)) {
            reply.status = ReplyStatus::NotFound;
            reply.httpStatus = 404;
        } else {
            reply.result = results.value(key);
            reply.result.replayed = true;
        }
        failAfter(fault, &reply);
        return reply;
    }

    ReferenceReply fetchReference(const QString &, const QString &) override { return {}; }
    EnrollReply enroll(const QString &, const QString &, const QByteArray &) override { return {}; }
    CoreReply fetchTime() override { return {}; }

private:
    QDateTime serverNow() const { return clock ? clock->now().addMSecs(serverSkewMs) : QDateTime(); }

    bool failBefore(Fault fault, CoreReply *reply) const
    {
        reply->serverTime = serverNow();
        reply->httpStatus = 200;
        reply->status = ReplyStatus::Ok;
        switch (fault) {
        case Fault::DropRequest:
            reply->status = ReplyStatus::Transport;
            reply->reason = QStringLiteral("transport_error");
            return true;
        case Fault::Unavailable:
            reply->status = ReplyStatus::Server;
            reply->reason = QStringLiteral("unavailable");
            return true;
        case Fault::Unauthorized:
            reply->status = ReplyStatus::Unauthorized;
            reply->reason = QStringLiteral("revoked_device");
            return true;
        default:
            return false;
        }
    }

    static void failAfter(Fault fault, CoreReply *reply)
    {
        if (fault == Fault::DropResponse) {
            reply->status = ReplyStatus::Transport;
            reply->reason = QStringLiteral("timeout");
        } else if (fault == Fault::ServerError) {
            reply->status = ReplyStatus::Server;
            reply->reason = QStringLiteral("http_500");
        } else if (fault == Fault::Malformed) {
            reply->status = ReplyStatus::BadResponse;
            reply->reason = QStringLiteral("response_truncated");
        }
    }

    CoreResult apply(const CoreTransaction &tx)
    {
        const QByteArray body = QJsonDocument(tx.toJson()).toJson(QJsonDocument::Compact);
        if (results.contains(tx.key)) {
            if (bodies.value(tx.key) != body) {
                CoreResult conflict{tx.key, QStringLiteral("conflict"), false, {}, {},
                                    QStringLiteral("key_reused_with_different_body"), {}};
                return conflict;
            }
            CoreResult replay = results.value(tx.key);
            replay.replayed = true;
            return replay;
        }
        CoreResult r;
        r.key = tx.key;
        if (rejectedServices.contains(tx.serviceId)) {
            r.outcome = QStringLiteral("rejected");
            r.reason = QStringLiteral("unknown_service");
            r.message = QStringLiteral("no such service");
        } else {
            r.outcome = QStringLiteral("applied");
            r.coreRef = QStringLiteral("C%1").arg(appliedKeys.size() + 1);
            r.appliedAt = serverNow();
            appliedKeys.append(tx.key);
            sequences[tx.orderingKey].append(tx.sequence);
        }
        results.insert(tx.key, r);
        bodies.insert(tx.key, body);
        return r;
    }
};

// A kiosk database in a temporary directory, with submissions written as the
// kiosk writes them.
class KioskDb
{
public:
    KioskDb()
    {
        OpenOptions options;
        options.path = dir.filePath(QStringLiteral("kiosk.db"));
        ok = db.open(options).ok;
    }

    // n submissions over `keys` ordering keys, round robin; returns their idempotency keys.
    QStringList seed(int n, int keys, const QString &serviceId = QStringLiteral("utility.electricity"))
    {
        SubmissionSettings settings;
        settings.kioskCode = QStringLiteral("K001");
        SubmissionRepository repo(db, clock, codec, keySource, settings);
        QStringList made;
        for (int i = 0; i < n; ++i) {
            SubmissionRequest r;
            r.serviceId = serviceId;
            r.sessionId = QStringLiteral("s%1").arg(i);
            r.orderingKey = QStringLiteral("ok-%1").arg(i % keys);
            r.fields = QJsonObject{{QStringLiteral("account"), QStringLiteral("%1").arg(100000 + i)}};
            r.amount = Money(100 + i);
            const auto stored = repo.submit(r);
            if (!stored.ok())
                return {};
            made.append(stored.value.idempotencyKey);
        }
        return made;
    }

    QTemporaryDir dir;
    Database db;
    bool ok = false;
    FakeClock clock{syncStart()};
    PlainPayloadCodec codec;
    RandomKeySource keySource;
};

} // namespace branch::test
