#include "BillerDirectory.h"
#include "CameraSource.h"
#include "Clock.h"
#include "CommandLine.h"
#include "CupsPrinter.h"
#include "IdempotencyKeySource.h"
#include "KioskBackends.h"
#include "RecordingSpeech.h"
#include "SpeechdSpeech.h"
#include "SimulatedPrinter.h"

#include <QTemporaryFile>
#include <QTest>

using branch::KioskBackends;

// The real backends main() hands to the kiosk, as the command line asks.
class tst_KioskBackends : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardHasEveryPart();
    void commandLineChoosesCoreAndSecrets();
    void deliveryIntervalIsAtLeastASecond();
    void cameraAsTheCommandLineSays();
    void commandLineChoosesThePrinter_data();
    void commandLineChoosesThePrinter();
    void speechAsTheCommandLineSays();
};

void tst_KioskBackends::standardHasEveryPart()
{
    const KioskBackends backends = KioskBackends::standard(branch::KioskOptions{});
    QVERIFY(backends.clock);
    QVERIFY(backends.clock->now().isValid());
    QVERIFY(backends.keys);
    QCOMPARE(backends.keys->next().size(), 32);
    QVERIFY(backends.billers);
    QVERIFY(!backends.billers->billers().isEmpty());
    QVERIFY(backends.secrets.developmentDirectory.isEmpty());
    QVERIFY(backends.core.url.isEmpty());
    // The idle watcher uses the machine's steady clock unless a test gives one.
    QVERIFY(!backends.idleTime);
}

void tst_KioskBackends::commandLineChoosesCoreAndSecrets()
{
    QTemporaryFile ca;
    QVERIFY(ca.open());
    const branch::CommandLine cli = branch::CommandLine::parse(
        {QStringLiteral("branchsuite"), QStringLiteral("--core"), QStringLiteral("https://core.example:8443"),
         QStringLiteral("--ca"), ca.fileName(), QStringLiteral("--dev-insecure-secrets"),
         QStringLiteral("/tmp/secrets")});
    QCOMPARE(cli.status(), branch::CommandLine::Status::Ok);
    const KioskBackends backends = KioskBackends::standard(cli.options());
    QCOMPARE(backends.core.url, QUrl(QStringLiteral("https://core.example:8443")));
    QCOMPARE(backends.core.caFile, ca.fileName());
    QCOMPARE(backends.secrets.developmentDirectory, QStringLiteral("/tmp/secrets"));
    QCOMPARE(backends.core.intervalMs, 15'000);
}

void tst_KioskBackends::deliveryIntervalIsAtLeastASecond()
{
    branch::KioskOptions options;
    options.syncIntervalSeconds = 0;
    QCOMPARE(KioskBackends::standard(options).core.intervalMs, 1000);
}

// --camera none gives no camera; a folder gives a player that is not yet
// running (the scan screen starts it).
void tst_KioskBackends::cameraAsTheCommandLineSays()
{
    branch::KioskOptions options;
    options.camera = QStringLiteral("none");
    QVERIFY(!KioskBackends::standard(options).camera);
    options.camera = QStringLiteral("/tmp");
    const KioskBackends backends = KioskBackends::standard(options);
    QVERIFY(backends.camera);
    QVERIFY(!backends.camera->isRunning());
    QVERIFY(backends.camera->description().contains(QStringLiteral("/tmp")));
}

void tst_KioskBackends::commandLineChoosesThePrinter_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("cupsQueue"); // "-": not CUPS
    QTest::addColumn<int>("simulated");     // a SimulatedPrinter::Condition; -1: not simulated
    QTest::newRow("default destination") << QStringList() << QString() << -1;
    QTest::newRow("a queue") << QStringList{QStringLiteral("--printer"), QStringLiteral("receipt-80")}
                             << QStringLiteral("receipt-80") << -1;
    QTest::newRow("simulator out of paper")
        << QStringList{QStringLiteral("--printer-simulator"), QStringLiteral("out-of-paper")} << QStringLiteral("-")
        << int(branch::SimulatedPrinter::Condition::OutOfPaper);
    QTest::newRow("simulator ready") << QStringList{QStringLiteral("--printer-simulator"), QStringLiteral("ready")}
                                     << QStringLiteral("-") << int(branch::SimulatedPrinter::Condition::Ready);
}

// The receipt printer is chosen here, once: CUPS (a queue, or the default
// destination at each print) or the simulator for demos.
void tst_KioskBackends::commandLineChoosesThePrinter()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, cupsQueue);
    QFETCH(int, simulated);
    const branch::CommandLine cli = branch::CommandLine::parse(QStringList{QStringLiteral("branchsuite")} + arguments);
    QCOMPARE(cli.status(), branch::CommandLine::Status::Ok);
    const KioskBackends backends = KioskBackends::standard(cli.options());
    QVERIFY(backends.printer);
    const auto *cups = dynamic_cast<const branch::CupsPrinter *>(backends.printer.get());
    const auto *simulator = dynamic_cast<const branch::SimulatedPrinter *>(backends.printer.get());
    if (simulated >= 0) {
        QVERIFY(simulator);
        QCOMPARE(int(simulator->condition()), simulated);
    } else {
        QVERIFY(cups);
        QCOMPARE(cups->options().queue, cupsQueue);
        // libcups's own server: CUPS_SERVER, client.conf or the local socket.
        QVERIFY(cups->options().server.isEmpty());
    }
}

// --speech off records; speechd (and the default) is the real engine when
// it is installed, made but not started: no dispatcher runs until it is needed.
void tst_KioskBackends::speechAsTheCommandLineSays()
{
    branch::KioskOptions options;
    options.speech = QStringLiteral("off");
    KioskBackends off = KioskBackends::standard(options);
    QVERIFY(off.speech);
    QVERIFY(off.speechRecorder && off.speechRecorder == off.speech.get());
    options.speech.clear();
    const KioskBackends standard = KioskBackends::standard(options);
    QVERIFY(standard.speech);
    if (branch::SpeechdSpeech::engineInstalled()) {
        QVERIFY(qobject_cast<branch::SpeechdSpeech *>(standard.speech.get()));
        QVERIFY(!standard.speechRecorder);
        QCOMPARE(standard.speech->state(), branch::Speech::State::Idle);
    } else {
        QVERIFY(standard.speechRecorder); // off, with the reason logged
    }
}

QTEST_GUILESS_MAIN(tst_KioskBackends)
#include "tst_kioskbackends.moc"
