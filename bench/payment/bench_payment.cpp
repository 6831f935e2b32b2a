// Time of one card payment as the customer waits for it: the simulated
// reader and PIN pad, the intent committed to the kiosk's SQLite file
// (synchronous=FULL), POST /v1/payments over mutual TLS to the real
// branch-core on loopback (SQLite), and the answer stored. The receipt that
// follows is not in it yet (docs/payment.md, Status). Prints figures; never
// fails on them. Usage: bench_payment [--count N]

#include "Clock.h"
#include "CoreHarness.h"
#include "KioskEndpoint.h"
#include "PaymentRepository.h"
#include "PaymentService.h"
#include "SimulatedCardReader.h"
#include "SimulatedPinPad.h"
#include "TestCards.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace branch;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("payments"), QStringLiteral("N"),
                                         QStringLiteral("50"));
    parser.addOption(countOption);
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());

    QTemporaryDir dir;
    test::CoreRig rig(dir.path());
    if (!rig.makePki() || !rig.startCore() || !rig.enrol()) {
        std::fprintf(stderr, "bench_payment: core did not start\n");
        return 1;
    }
    Database db;
    if (!db.open({rig.kioskDb()}).ok)
        return 1;
    QString error;
    auto client = test::kioskClient(db, rig.secrets(), &error);
    if (!client) {
        std::fprintf(stderr, "bench_payment: %s\n", qPrintable(error));
        return 1;
    }
    PaymentRepository repository(db);
    SimulatedCardReader reader(TestCards::byName(QStringLiteral("ok"))->track2);
    SimulatedPinPad pad(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
    RandomKeySource keys;
    SystemClock clock;
    PaymentService service(repository, *client, reader, pad, keys, clock);

    QList<double> ms;
    int authorised = 0;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        const PaymentResult r = service.pay(Money(100), QStringLiteral("bench-%1").arg(i));
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        authorised += r.charged() ? 1 : 0;
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size())))); };
    std::printf("card + PIN + record + core + settle   median %7.1f ms   p95 %7.1f ms   max %7.1f ms   "
                "(%d payments, %d authorised)\n",
                at(0.5), at(0.95), ms.constLast(), count, authorised);
    rig.stopCore();
    return authorised == count ? 0 : 1;
}
