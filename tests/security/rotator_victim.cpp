// The rotation kill test's victim: rotates the data key of a database in
// small batches, printing one line per committed batch, until it is killed.
// Usage: security_rotator_victim <database> <secret-dir> <batch-size> <delay-ms>

#include "Database.h"
#include "DevelopmentSecretStore.h"
#include "KeyRing.h"
#include "KeyRotation.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace branch;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: security_rotator_victim <database> <secret-dir> <batch-size> <delay-ms>\n");
        return 2;
    }
    Database db;
    OpenOptions options;
    options.path = args.at(1);
    const OpenResult opened = db.open(options);
    if (!opened.ok) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.status.detail));
        return 3;
    }
    DevelopmentSecretStore secrets(args.at(2));
    const auto ring = KeyRing::open(db, secrets);
    if (!ring.ok()) {
        std::fprintf(stderr, "keys: %s %s\n", qPrintable(ring.error.reason), qPrintable(ring.error.detail));
        return 3;
    }
    const unsigned long delay = args.at(4).toULong();
    KeyRotation rotation(db, secrets, ring.value);
    rotation.setBatchSize(args.at(3).toInt());
    rotation.setProgress([delay](qint64 done) {
        std::printf("%lld\n", static_cast<long long>(done));
        std::fflush(stdout);
        QThread::msleep(delay);
    });
    const auto done = rotation.rotateDataKey();
    if (!done.ok()) {
        std::fprintf(stderr, "rotate: %s %s\n", qPrintable(done.error.reason), qPrintable(done.error.detail));
        return 3;
    }
    std::printf("done key %u resumed %d\n", done.value.keyId, done.value.resumed ? 1 : 0);
    return 0;
}
