// Not a test: the victim of tst_store_submission_kill and
// tst_store_salvage_kill. Submits forever, each submission with its outbox
// entry in one transaction, and prints "<n> <receipt number> <idempotency
// key>" only after submit() returned.
// Usage: store_submitter_victim <db path> <signature bytes> <session id>

#include "Clock.h"
#include "Database.h"
#include "IdempotencyKeySource.h"
#include "KillPayload.h"
#include "PayloadCodec.h"
#include "SubmissionRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: store_submitter_victim <db> <signature bytes> <session>\n", stderr);
        return 2;
    }
    branch::Database db;
    if (!branch::test::openVictimDatabase(db, args.at(1)))
        return 1;
    branch::SystemClock clock;
    branch::PlainPayloadCodec codec;
    branch::RandomKeySource keys;
    branch::SubmissionRepository repo(db, clock, codec, keys, {QStringLiteral("KILL01")});
    const int signatureSize = args.at(2).toInt();
    for (qint64 n = 0;; ++n) {
        branch::SubmissionRequest r;
        r.serviceId = QStringLiteral("utility.water");
        r.sessionId = args.at(3);
        r.fields.insert(QStringLiteral("n"), n);
        r.amount = branch::Money(100 + n);
        r.signaturePng = branch::test::killPayload(n, signatureSize);
        const auto stored = repo.submit(r);
        if (!stored.ok()) {
            std::fprintf(stderr, "submit failed: %s %s\n", qPrintable(stored.error.reason),
                         qPrintable(stored.error.detail));
            return 1;
        }
        std::printf("%lld %s %s\n", static_cast<long long>(n), qPrintable(stored.value.receiptNumber),
                    qPrintable(stored.value.idempotencyKey));
        std::fflush(stdout);
    }
}
