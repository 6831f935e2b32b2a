// Staff sign-in timings (issue 13: the round trip to core on loopback
// ≤ 100 ms). Three figures, each over --count sign-ins of one member:
//   core round trip   HttpsCoreClient::signInStaff: TLS to branch-core (SQLite),
//                     its Argon2id verify and the count written;
//   kiosk sign-in     StaffSignIn: the above, plus the kiosk's own Argon2id
//                     verifier and its sealed entry written;
//   offline sign-in   StaffSignIn with core stopped: the refused connection,
//                     then the sealed verifier checked.
// Prints figures; never fails on them. Usage: bench_staffsignin [--count N]

#include "Clock.h"
#include "CoreHarness.h"
#include "KioskEndpoint.h"
#include "PayloadCodec.h"
#include "StaffCache.h"
#include "StaffCoreTool.h"
#include "StaffSignIn.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace branch;

namespace {

bool report(const char *what, int count, const std::function<bool()> &once)
{
    QList<double> ms;
    bool allOk = true;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        allOk = once() && allOk;
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size())))); };
    std::printf("%-18s median %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%d sign-ins%s)\n", what, at(0.5), at(0.95),
                ms.constLast(), count, allOk ? "" : ", SOME FAILED");
    return allOk;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("sign-ins"), QStringLiteral("N"),
                                         QStringLiteral("30"));
    parser.addOption(countOption);
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());

    QTemporaryDir dir;
    test::CoreRig rig(dir.path());
    if (!rig.makePki() || !rig.startCore() || !rig.enrol()
        || !test::addStaff(rig, QStringLiteral("S1024"), QStringLiteral("teller"), "counter-2026")) {
        std::fprintf(stderr, "bench_staffsignin: core did not start\n");
        return 1;
    }
    Database db;
    if (!db.open({rig.kioskDb()}).ok)
        return 1;
    QString error;
    auto client = test::kioskClient(db, rig.secrets(), &error);
    if (!client) {
        std::fprintf(stderr, "bench_staffsignin: %s\n", qPrintable(error));
        return 1;
    }
    const PlainPayloadCodec codec;
    SealedStaffCache cache(db, codec);
    const SystemClock clock;
    StaffSignIn signIn(client.get(), cache, clock);
    const QString id = QStringLiteral("S1024");
    const QString secret = QStringLiteral("counter-2026");

    client->signInStaff(id, secret.toUtf8()); // the TLS session and core's first query
    bool ok = report("core round trip", count, [&] {
        return client->signInStaff(id, secret.toUtf8()).outcome == StaffDirectoryReply::Outcome::SignedIn;
    });
    ok = report("kiosk sign-in", count, [&] { return signIn.signIn(id, secret).ok(); }) && ok;
    rig.stopCore();
    ok = report("offline sign-in", count, [&] {
        const StaffSignInResult r = signIn.signIn(id, secret);
        return r.ok() && r.offline;
    }) && ok;
    return ok ? 0 : 1;
}
