#pragma once

// A private sound server and speech-dispatcher for the speech test and the
// speech benchmark: PulseAudio with a null sink, speech-dispatcher on a socket
// in a temporary folder, and parec recording the sink's monitor. All three
// are child processes, stopped by their PIDs (QProcess) when the harness
// goes; nothing of the machine's own sound or speech setup is used or left
// running. The environment (XDG_RUNTIME_DIR, HOME, SPEECHD_ADDRESS) is set
// for this process, so Qt TextToSpeech's speechd engine talks to them.

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstring>
#include <utility>

namespace branch::test {

class SpeechHarness : public QObject
{
public:
    static constexpr int kSampleRate = 16000; // parec's recording: mono s16le

    ~SpeechHarness() override { stop(); }

    // Empty when every tool is installed; else what is missing.
    static QString missingTool()
    {
        for (const char *tool : {"pulseaudio", "parec", "speech-dispatcher"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return QString::fromLatin1(tool);
        }
        return {};
    }

    // False with *why set when something did not start.
    bool start(QString *why)
    {
        if (!m_dir.isValid())
            return fail(why, QStringLiteral("no temporary folder"));
        const QString runtime = m_dir.filePath(QStringLiteral("run"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        qputenv("HOME", m_dir.path().toLocal8Bit());
        qunsetenv("PULSE_SERVER");
        const QString socket = m_dir.filePath(QStringLiteral("speechd.sock"));
        // Set, the client never spawns a dispatcher of its own.
        qputenv("SPEECHD_ADDRESS", QByteArray("unix_socket:") + socket.toLocal8Bit());

        if (!run(m_pulse, QStringLiteral("pulseaudio"),
                 {QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                  QStringLiteral("--load=module-null-sink sink_name=nullsink"),
                  QStringLiteral("--load=module-native-protocol-unix")})
            || !waitFor(runtime + QStringLiteral("/pulse/native")))
            return fail(why, QStringLiteral("pulseaudio did not start"));
        if (!run(m_dispatcher, QStringLiteral("speech-dispatcher"),
                 {QStringLiteral("-s"), QStringLiteral("-t"), QStringLiteral("0"), QStringLiteral("-c"),
                  QStringLiteral("unix_socket"), QStringLiteral("-S"), socket, QStringLiteral("-P"),
                  m_dir.filePath(QStringLiteral("speechd.pid"))})
            || !waitFor(socket))
            return fail(why, QStringLiteral("speech-dispatcher did not start"));
        if (!run(m_recorder, QStringLiteral("parec"),
                 {QStringLiteral("-d"), QStringLiteral("nullsink.monitor"), QStringLiteral("--raw"),
                  QStringLiteral("--format=s16le"), QStringLiteral("--rate=%1").arg(kSampleRate),
                  QStringLiteral("--channels=1"), QStringLiteral("--latency-msec=10")}))
            return fail(why, QStringLiteral("parec did not start"));
        connect(&m_recorder, &QProcess::readyReadStandardOutput, this,
                [this] { m_pcm += m_recorder.readAllStandardOutput(); });
        return true;
    }

    void stop()
    {
        for (QProcess *p : {&m_recorder, &m_dispatcher, &m_pulse}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    // What the sink played since the last call (the events must have been processed).
    QByteArray takeRecording() { return std::exchange(m_pcm, {}); }

    // 20 ms windows louder than about -40 dBFS; the null sink's silence is 0.
    static int loudWindows(const QByteArray &pcm)
    {
        constexpr int window = kSampleRate / 50;
        const qsizetype samples = pcm.size() / 2;
        int loud = 0;
        for (qsizetype start = 0; start + window <= samples; start += window) {
            double sum = 0;
            for (int i = 0; i < window; ++i) {
                qint16 s = 0;
                std::memcpy(&s, pcm.constData() + 2 * (start + i), 2);
                sum += double(s) * s;
            }
            if (std::sqrt(sum / window) > 300)
                ++loud;
        }
        return loud;
    }

private:
    static bool fail(QString *why, const QString &reason)
    {
        if (why)
            *why = reason;
        return false;
    }

    static bool run(QProcess &process, const QString &program, const QStringList &arguments)
    {
        process.setProgram(QStandardPaths::findExecutable(program));
        process.setArguments(arguments);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        return process.waitForStarted(10000);
    }

    static bool waitFor(const QString &path)
    {
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(path)) {
            if (timer.elapsed() > 15000)
                return false;
            QThread::msleep(50);
        }
        return true;
    }

    QTemporaryDir m_dir;
    QProcess m_pulse;
    QProcess m_dispatcher;
    QProcess m_recorder;
    QByteArray m_pcm;
};

} // namespace branch::test
