#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

// branchctl qr decode [--json] FILE...
//
// Reads the QR codes of each image file with the kiosk's own decoder
// (modules/prefill). --json prints one line:
//   {"results":[{"file":"a.png","codes":["ETB1...."],"ms":4.2}, ...]}
// one entry per file, in the order given; "codes" is empty when none is
// found; "ms" is the decode time in process (loading the file excluded). A
// file that cannot be read gets "reason" and a translated "message" instead,
// the others are still reported, and the exit code is 1.
class QrCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::QrCommand)
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    int decode(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace branch
