#include "CommandLine.h"

#include <QTest>

using branch::CommandLine;

class tst_CommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void help();
    void camera_data();
    void camera();
    void printer_data();
    void printer();
};

namespace {

QStringList argv(const QStringList &args)
{
    return QStringList{QStringLiteral("branchsuite")} + args;
}

} // namespace

void tst_CommandLine::valid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("service");
    QTest::addColumn<bool>("care");
    QTest::addColumn<int>("idle");
    QTest::addColumn<bool>("firstFrame");

    QTest::newRow("none") << QStringList() << QString() << QString() << false << 0 << false;
    QTest::newRow("everything")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--service"),
                       QStringLiteral("banking.open_account"), QStringLiteral("--care"),
                       QStringLiteral("--idle-timeout"), QStringLiteral("90"),
                       QStringLiteral("--exit-after-first-frame")}
        << QStringLiteral("en") << QStringLiteral("banking.open_account") << true << 90 << true;
    QTest::newRow("equals form") << QStringList{QStringLiteral("--lang=zh_CN")} << QStringLiteral("zh_CN")
                                 << QString() << false << 0 << false;
    // Unknown services are the shell's business (a banner), not a usage error.
    QTest::newRow("unknown service") << QStringList{QStringLiteral("--service"), QStringLiteral("x.y")}
                                     << QString() << QStringLiteral("x.y") << false << 0 << false;
}

void tst_CommandLine::valid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, language);
    QFETCH(QString, service);
    QFETCH(bool, care);
    QFETCH(int, idle);
    QFETCH(bool, firstFrame);
    const CommandLine cli = CommandLine::parse(argv(args));
    QCOMPARE(cli.status(), CommandLine::Status::Ok);
    QVERIFY(cli.message().isEmpty());
    QCOMPARE(cli.options().language, language);
    QCOMPARE(cli.options().serviceId, service);
    QCOMPARE(cli.options().careMode, care);
    QCOMPARE(cli.options().idleTimeoutSeconds, idle);
    QCOMPARE(cli.options().exitAfterFirstFrame, firstFrame);
    QVERIFY(cli.options().databasePath.endsWith(QStringLiteral("branchsuite.sqlite")));
    QVERIFY(cli.options().printerQueue.isEmpty());
    QVERIFY(cli.options().printerSimulator.isEmpty());
}

void tst_CommandLine::invalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("invalid_option");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--lang")} << QStringLiteral("invalid_option");
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("unexpected_argument");
    QTest::newRow("language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}
                              << QStringLiteral("unknown_language");
    QTest::newRow("empty service") << QStringList{QStringLiteral("--service"), QStringLiteral(" ")}
                                   << QStringLiteral("empty_service");
    QTest::newRow("empty database") << QStringList{QStringLiteral("--database"), QString()}
                                    << QStringLiteral("empty_database");
    QTest::newRow("idle text") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("soon")}
                               << QStringLiteral("invalid_idle_timeout");
    QTest::newRow("idle zero") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("0")}
                               << QStringLiteral("invalid_idle_timeout");
    QTest::newRow("idle negative") << QStringList{QStringLiteral("--idle-timeout=-5")}
                                   << QStringLiteral("invalid_idle_timeout");
    QTest::newRow("idle huge") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("86401")}
                               << QStringLiteral("invalid_idle_timeout");
    QTest::newRow("missing camera") << QStringList{QStringLiteral("--camera"), QStringLiteral("/dev/no-such-camera")}
                                    << QStringLiteral("camera_not_found");
    QTest::newRow("empty camera") << QStringList{QStringLiteral("--camera=")} << QStringLiteral("camera_not_found");
    QTest::newRow("empty printer") << QStringList{QStringLiteral("--printer"), QString()}
                                   << QStringLiteral("invalid_printer");
    QTest::newRow("printer with a space") << QStringList{QStringLiteral("--printer"), QStringLiteral("receipt 1")}
                                          << QStringLiteral("invalid_printer");
    QTest::newRow("printer with a slash") << QStringList{QStringLiteral("--printer"), QStringLiteral("a/b")}
                                          << QStringLiteral("invalid_printer");
    QTest::newRow("printer with a hash") << QStringList{QStringLiteral("--printer"), QStringLiteral("a#b")}
                                         << QStringLiteral("invalid_printer");
    QTest::newRow("printer too long") << QStringList{QStringLiteral("--printer"), QString(128, u'p')}
                                      << QStringLiteral("invalid_printer");
    QTest::newRow("unknown ID card reader") << QStringList{QStringLiteral("--idcard-reader"), QStringLiteral("usb")}
                                            << QStringLiteral("unknown_idcard_reader");
    QTest::newRow("demo card folder missing")
        << QStringList{QStringLiteral("--idcard-reader"), QStringLiteral("simulator:/no/such/cards")}
        << QStringLiteral("idcard_folder_not_found");
    QTest::newRow("vendor library missing")
        << QStringList{QStringLiteral("--idcard-reader"), QStringLiteral("vendor:/no/such/lib.so@/dev/ttyUSB0")}
        << QStringLiteral("idcard_library_not_found");
    QTest::newRow("simulator condition")
        << QStringList{QStringLiteral("--printer-simulator"), QStringLiteral("on-fire")}
        << QStringLiteral("unknown_printer_condition");
    QTest::newRow("unknown voice") << QStringList{QStringLiteral("--speech"), QStringLiteral("espeak")}
                                   << QStringLiteral("unknown_speech");
    QTest::newRow("empty voice") << QStringList{QStringLiteral("--speech"), QString()}
                                 << QStringLiteral("unknown_speech");
    QTest::newRow("both printers") << QStringList{QStringLiteral("--printer"), QStringLiteral("receipt"),
                                                  QStringLiteral("--printer-simulator"), QStringLiteral("ready")}
                                   << QStringLiteral("conflicting_printer_options");
}

void tst_CommandLine::invalid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const CommandLine cli = CommandLine::parse(argv(args));
    QCOMPARE(cli.status(), CommandLine::Status::Error);
    QCOMPARE(cli.reason(), reason);
    QVERIFY(!cli.message().isEmpty());
}

void tst_CommandLine::help()
{
    const CommandLine cli = CommandLine::parse(argv({QStringLiteral("--help")}));
    QCOMPARE(cli.status(), CommandLine::Status::HelpRequested);
    QVERIFY(cli.helpText().contains(QStringLiteral("--exit-after-first-frame")));
    QVERIFY(cli.helpText().contains(QStringLiteral("--idle-timeout")));
    QVERIFY(cli.helpText().contains(QStringLiteral("--printer ")));
    QVERIFY(cli.helpText().contains(QStringLiteral("out-of-paper")));
}

void tst_CommandLine::printer_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("queue");
    QTest::addColumn<QString>("simulator");
    QTest::newRow("none: CUPS's default") << QStringList() << QString() << QString();
    QTest::newRow("queue") << QStringList{QStringLiteral("--printer"), QStringLiteral("Receipt_80mm-1")}
                           << QStringLiteral("Receipt_80mm-1") << QString();
    QTest::newRow("queue with a colon") << QStringList{QStringLiteral("--printer=epson:tm-t88")}
                                        << QStringLiteral("epson:tm-t88") << QString();
    QTest::newRow("simulator") << QStringList{QStringLiteral("--printer-simulator"), QStringLiteral("offline")}
                               << QString() << QStringLiteral("offline");
}

void tst_CommandLine::printer()
{
    QFETCH(QStringList, args);
    QFETCH(QString, queue);
    QFETCH(QString, simulator);
    const CommandLine cli = CommandLine::parse(argv(args));
    QCOMPARE(cli.status(), CommandLine::Status::Ok);
    QCOMPARE(cli.options().printerQueue, queue);
    QCOMPARE(cli.options().printerSimulator, simulator);
}

void tst_CommandLine::camera_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("camera");
    QTest::newRow("default") << QStringList() << QString();
    QTest::newRow("none") << QStringList{QStringLiteral("--camera"), QStringLiteral("none")} << QStringLiteral("none");
    QTest::newRow("device") << QStringList{QStringLiteral("--camera=/dev/null")} << QStringLiteral("/dev/null");
    QTest::newRow("folder") << QStringList{QStringLiteral("--camera"), QStringLiteral("/tmp")} << QStringLiteral("/tmp");
}

void tst_CommandLine::camera()
{
    QFETCH(QStringList, args);
    QFETCH(QString, camera);
    const CommandLine cli = CommandLine::parse(argv(args));
    QCOMPARE(cli.status(), CommandLine::Status::Ok);
    QCOMPARE(cli.options().camera, camera);
    QVERIFY(cli.helpText().contains(QStringLiteral("--camera")));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
