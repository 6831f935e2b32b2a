#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// What a branch installs: the package must carry its three executables, the desktop
// entry and the systemd unit, declare what it loads at run time, and start.
class TestDebPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_deb;
    QStringList m_contents;
    QString m_depends;

    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr,
                       const QString &workingDir = {}, int timeoutMs = 600000)
    {
        QProcess p;
        p.setProgram(program);
        p.setArguments(args);
        if (!workingDir.isEmpty())
            p.setWorkingDirectory(workingDir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start();
        if (!p.waitForFinished(timeoutMs))
            p.kill();
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const QString buildDir = qEnvironmentVariable("BRANCH_BINARY_DIR");
        QVERIFY2(QFile::exists(buildDir + QStringLiteral("/CPackConfig.cmake")), qPrintable(buildDir));
        int code = -1;
        const QString log = run(QStringLiteral("cpack"),
                                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_work.path()},
                                &code, buildDir);
        QVERIFY2(code == 0, qPrintable(log));
        const QStringList debs = QDir(m_work.path()).entryList({QStringLiteral("branchsuite_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_work.filePath(debs.constFirst());

        const QString listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb}, &code);
        QCOMPARE(code, 0);
        for (const QString &line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            m_contents << line.section(QLatin1Char(' '), -1).remove(QRegularExpression(QStringLiteral("^\\.")));
        m_depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, QStringLiteral("Depends")}, &code);
        QCOMPARE(code, 0);
    }

    void carriesFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("kiosk") << QStringLiteral("/usr/bin/branchsuite");
        QTest::newRow("admin tool") << QStringLiteral("/usr/bin/branchctl");
        QTest::newRow("reference core") << QStringLiteral("/usr/bin/branch-core");
        // loaded when a camera first starts (modules/camera/CameraPlugins)
        QTest::newRow("camera plugin") << QStringLiteral("/usr/lib/branchsuite/libbranch_camera_videoio.so");
        QTest::newRow("desktop entry") << QStringLiteral("/usr/share/applications/branchsuite.desktop");
        QTest::newRow("systemd unit") << QStringLiteral("/usr/lib/systemd/system/branchsuite.service");
        QTest::newRow("licence") << QStringLiteral("/usr/share/doc/branchsuite/copyright");
    }
    void carriesFile()
    {
        QFETCH(QString, path);
        QVERIFY2(m_contents.contains(path), qPrintable(m_contents.join(QLatin1Char('\n'))));
    }

    void carriesNoBuildLeftovers()
    {
        for (const QString &path : std::as_const(m_contents)) {
            QVERIFY2(!path.contains(QStringLiteral("/tst_")), qPrintable(path));
            QVERIFY2(!path.endsWith(QStringLiteral(".a")), qPrintable(path));
            QVERIFY2(!path.startsWith(QStringLiteral("/usr/include")), qPrintable(path));
        }
    }

    void dependsOn_data()
    {
        QTest::addColumn<QString>("package");
        // from dpkg-shlibdeps
        QTest::newRow("libc") << QStringLiteral("libc6");
        QTest::newRow("qt quick") << QStringLiteral("libqt6quick6");
        QTest::newRow("qt sql") << QStringLiteral("libqt6sql6");
        // the camera plugin's, not the kiosk's: it loads videoio only when a camera starts
        QTest::newRow("camera (opencv videoio)") << QStringLiteral("libopencv-videoio406");
        QTest::newRow("qr decoding (zxing-cpp)") << QStringLiteral("libzxing2");
        // libcrypto: branchctl makes the device key pair, branch-core signs device certificates
        QTest::newRow("libcrypto") << QStringLiteral("libssl3");
        QTest::newRow("cups client library") << QStringLiteral("libcups2");
        // QML modules, derived with qmlimportscanner (packaging/RuntimeDepends.cmake)
        QTest::newRow("qtquick") << QStringLiteral("qml6-module-qtquick");
        QTest::newRow("controls") << QStringLiteral("qml6-module-qtquick-controls");
        QTest::newRow("layouts") << QStringLiteral("qml6-module-qtquick-layouts");
        QTest::newRow("window") << QStringLiteral("qml6-module-qtquick-window");
        QTest::newRow("virtual keyboard") << QStringLiteral("qml6-module-qtquick-virtualkeyboard");
        // QtQml is built into libqt6qml6, but loads QtQml.WorkerScript from its folder
        QTest::newRow("worker script") << QStringLiteral("qml6-module-qtqml-workerscript");
        // imported by the virtual keyboard itself (its InputPanel), not by our QML
        QTest::newRow("folder list model") << QStringLiteral("qml6-module-qt-labs-folderlistmodel");
        // plugins and fonts from packaging/runtime-files.txt
        QTest::newRow("keyboard input context") << QStringLiteral("qt6-virtualkeyboard-plugin");
        QTest::newRow("sqlite driver") << QStringLiteral("libqt6sql6-sqlite");
        QTest::newRow("postgresql driver") << QStringLiteral("libqt6sql6-psql");
        QTest::newRow("chinese font") << QStringLiteral("fonts-noto-cjk");
        QTest::newRow("platform plugins") << QStringLiteral("qt6-qpa-plugins");
        // the voice: Qt TextToSpeech's engine plugin, the dispatcher it starts, espeak-ng's module
        QTest::newRow("speech engine plugin") << QStringLiteral("qt6-speech-speechd-plugin");
        QTest::newRow("speech dispatcher") << QStringLiteral("speech-dispatcher");
        QTest::newRow("espeak-ng voices") << QStringLiteral("speech-dispatcher-espeak-ng");
    }
    void dependsOn()
    {
        QFETCH(QString, package);
        const QRegularExpression re(QStringLiteral("(^|[ ,|])%1( |,|$|\\()").arg(QRegularExpression::escape(package)));
        QVERIFY2(re.match(m_depends.trimmed()).hasMatch(), qPrintable(m_depends));
    }

    // The printing system itself is recommended, not required: the kiosk
    // prints to any CUPS server, and works without a printer.
    void recommendsCups()
    {
        int code = -1;
        const QString recommends =
            run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, QStringLiteral("Recommends")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(recommends.contains(QStringLiteral("cups-daemon")), qPrintable(recommends));
        QVERIFY2(!m_depends.contains(QStringLiteral("cups-daemon")), qPrintable(m_depends));
    }

    void desktopEntryIsValid()
    {
        int code = -1;
        const QString out = run(QStringLiteral("desktop-file-validate"),
                                {qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/packaging/branchsuite.desktop")},
                                &code);
        QVERIFY2(code == 0 && out.trimmed().isEmpty(), qPrintable(out));
    }

    void serviceUnitStartsTheInstalledKioskFullScreen()
    {
        QFile unit(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/packaging/branchsuite.service"));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(unit.readAll());
        const auto exec = QRegularExpression(QStringLiteral("^ExecStart=(\\S+)(.*)$"),
                                             QRegularExpression::MultilineOption).match(text);
        QVERIFY(exec.hasMatch());
        QVERIFY(m_contents.contains(exec.captured(1)));
        QVERIFY(exec.captured(2).contains(QStringLiteral("--fullscreen")));
        QVERIFY(text.contains(QStringLiteral("LimitCORE=0")));
    }

    void packagedBinariesStart()
    {
        QTemporaryDir root;
        int code = -1;
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, root.path()}, &code);
        QCOMPARE(code, 0);
        const QString out = run(root.filePath(QStringLiteral("usr/bin/branchctl")), {QStringLiteral("--version")}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        const QString core = run(root.filePath(QStringLiteral("usr/bin/branch-core")), {QStringLiteral("--help")}, &code);
        QVERIFY2(code == 0, qPrintable(core));
        const QString gui = run(root.filePath(QStringLiteral("usr/bin/branchsuite")),
                                {QStringLiteral("--exit-after-first-frame"),
                                 QStringLiteral("--database"), root.filePath(QStringLiteral("branch.db")),
                                 QStringLiteral("--dev-insecure-secrets"), root.filePath(QStringLiteral("secrets"))},
                                &code, {}, 60000);
        QVERIFY2(code == 0, qPrintable(gui));
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
