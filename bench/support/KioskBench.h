#pragma once

// What the kiosk's screen benchmarks share: waiting for a drawn frame, and
// the percentile they report.

#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace branch::bench {

// Asks for a frame and waits until one is drawn (false after 5 s).
inline bool nextFrame(QQuickWindow *window)
{
    QSignalSpy frame(window, &QQuickWindow::frameSwapped);
    window->update();
    return frame.wait(5000);
}

// The p-th percentile (0..1) of `values`, by the nearest rank below.
inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(static_cast<qsizetype>(p * static_cast<double>(values.size() - 1)));
}

// The first (cold) run and the warm ones after it, and their report line:
// the cold one, the warm median, p95 and worst, and whether the cold one and
// the warm p95 are within `targetMs`.
class RunTimes
{
public:
    void add(double ms)
    {
        if (m_any)
            m_warm.append(ms);
        else
            m_cold = ms;
        m_any = true;
    }
    void print(double targetMs, int decimals = 0) const
    {
        if (m_warm.isEmpty())
            return;
        const double p95 = percentile(m_warm, 0.95);
        std::printf("  first (cold) %.*f ms; warm median %.*f ms, p95 %.*f ms, max %.*f ms: %s\n", decimals, m_cold,
                    decimals, percentile(m_warm, 0.5), decimals, p95, decimals, percentile(m_warm, 1.0),
                    std::max(m_cold, p95) <= targetMs ? "within target" : "OVER TARGET");
    }

private:
    bool m_any = false;
    double m_cold = 0;
    QList<double> m_warm;
};

// --runs N from the command line (at least 3), `fallback` without it.
inline int runsFromCommandLine(const QCoreApplication &app, int fallback)
{
    QCommandLineParser parser;
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Warm runs."), QStringLiteral("n"),
                                  QString::number(fallback));
    parser.addOption(runs);
    parser.process(app);
    return std::max(3, parser.value(runs).toInt());
}

// A kiosk of its own in `dir`, in Chinese, with development secrets.
inline KioskOptions kioskOptions(const QTemporaryDir &dir)
{
    KioskOptions options;
    options.language = QStringLiteral("zh_CN");
    options.databasePath = dir.filePath(QStringLiteral("kiosk.sqlite"));
    options.devInsecureSecretsDir = dir.filePath(QStringLiteral("secrets"));
    options.speech = QStringLiteral("off"); // silent: screens are measured without the voice's engine
    return options;
}

} // namespace branch::bench
