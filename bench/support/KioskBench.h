#pragma once

// What the kiosk's screen benchmarks share: waiting for a drawn frame, and
// the percentile they report.

#include <QList>
#include <QQuickWindow>
#include <QSignalSpy>

#include <algorithm>

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

} // namespace branch::bench
