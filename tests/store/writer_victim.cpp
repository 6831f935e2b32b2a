// Not a test: the victim of tst_store_kill. Appends journal rows forever, each
// in its own transaction, and prints "<n> <id>" only after the commit returned.
// Usage: store_writer_victim <db path> <payload bytes> <session id>

#include "Database.h"
#include "JournalRepository.h"
#include "KillPayload.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: store_writer_victim <db> <payload bytes> <session>\n", stderr);
        return 2;
    }
    branch::Database db;
    if (!branch::test::openVictimDatabase(db, args.at(1)))
        return 1;
    const int size = args.at(2).toInt();
    const QString session = args.at(3);
    branch::JournalRepository journal(db);
    for (qint64 n = 0;; ++n) {
        const auto id = journal.append(session, QStringLiteral("kill.test"), branch::test::killPayload(n, size));
        if (!id.ok()) {
            std::fprintf(stderr, "append failed: %s\n", qPrintable(id.error.detail));
            return 1;
        }
        std::printf("%lld %lld\n", static_cast<long long>(n), static_cast<long long>(id.value));
        std::fflush(stdout);
    }
}
