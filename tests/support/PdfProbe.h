#pragma once

// Reading printed receipts back as a person or a scanner would: poppler's
// tools (pdftotext, pdfinfo, pdftoppm from poppler-utils) on a PDF, and a
// stand-in PDF for tests where only a file's presence matters.

#include "ProcessRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

namespace branch::test {

// A poppler tool's run; a missing tool is a failed run that says which package.
inline ProcessRun poppler(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty()) {
        ProcessRun missing;
        missing.err = "missing tool (install poppler-utils): " + tool.toUtf8();
        return missing;
    }
    return runProcess(exe, args, {60'000, {}, {}});
}

// The height in points of the first word on the page that contains `text`,
// from pdftotext's word boxes: how large it is printed. 0 when not found.
inline double printedHeight(const QString &pdf, const QString &text)
{
    const ProcessRun boxes = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("yMin=\"([^\"]+)\" xMax=\"[^\"]+\" yMax=\"([^\"]+)\">([^<]*)</word>"));
    for (auto it = word.globalMatch(QString::fromUtf8(boxes.out)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(3).contains(text))
            return m.captured(2).toDouble() - m.captured(1).toDouble();
    }
    return 0;
}

// A file that starts and ends like a PDF, for printers that only pass it on.
inline bool writeStandInPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("%PDF-1.4\n%%EOF\n") > 0;
}

} // namespace branch::test
