// A kiosk that only pays, for tst_payment_e2e: the real PaymentService on the
// kiosk's SQLite file, HttpsCoreClient to branch-core, and the simulated card
// reader and PIN pad. Its own process, so the test can SIGKILL it.
//
//   payment_kiosk pay DB SECRETS CARD FEN REFERENCE [--stop-at answered]
//   payment_kiosk resolve DB SECRETS
//
// Prints one JSON line per payment. With --stop-at answered it prints
// "STOPPED <key>" once core's answer is in memory, before the kiosk stores
// it, and waits there to be killed: the hook is this program's, not the
// service's.
#include "Clock.h"
#include "IdempotencyKeySource.h"
#include "KioskEndpoint.h"
#include "PaymentRepository.h"
#include "PaymentService.h"
#include "SimulatedCardReader.h"
#include "SimulatedPinPad.h"
#include "TestCards.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

using namespace branch;

namespace {

class StopAtAnswer final : public PaymentStepHook
{
public:
    void reached(PaymentStep step, const QString &key) override
    {
        if (step != PaymentStep::Answered)
            return;
        std::printf("STOPPED %s\n", qPrintable(key));
        std::fflush(stdout);
        for (;;)
            QThread::sleep(60); // until SIGKILL
    }
};

void print(const PaymentResult &r)
{
    const QJsonObject o{{QStringLiteral("key"), r.key},
                        {QStringLiteral("state"), PaymentStates::name(r.state)},
                        {QStringLiteral("reason"), r.reason},
                        {QStringLiteral("authorisation"), r.authorisation}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return 2;
    Database db;
    if (!db.open({args.at(1)}).ok)
        return 3;
    QString error;
    auto client = test::kioskClient(db, args.at(2), &error);
    if (!client) {
        std::fprintf(stderr, "no client: %s\n", qPrintable(error));
        return 4;
    }
    PaymentRepository repository(db);
    SimulatedCardReader reader;
    SimulatedPinPad pad(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
    RandomKeySource keys;
    SystemClock clock;
    PaymentService service(repository, *client, reader, pad, keys, clock);
    StopAtAnswer stop;

    if (args.at(0) == u"pay" && args.size() >= 6) {
        const std::optional<TestCard> card = TestCards::byName(args.at(3));
        if (!card)
            return 2;
        reader.insert(card->track2);
        if (args.size() >= 8 && args.at(6) == u"--stop-at" && args.at(7) == u"answered")
            service.setStepHook(&stop);
        print(service.pay(Money(args.at(4).toLongLong()), args.at(5)));
        return 0;
    }
    if (args.at(0) == u"resolve") {
        for (const PaymentResult &r : service.resolve())
            print(r);
        return 0;
    }
    return 2;
}
