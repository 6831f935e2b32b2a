#include "QrCommand.h"

#include "CommandArgs.h"
#include "JsonLine.h"
#include "QrDecoder.h"
#include "QrImageReader.h"

#include <QElapsedTimer>

namespace branch {
namespace {

struct FileResult
{
    QString file;
    QStringList codes;
    double ms = 0;
    Error error; // reason empty when the file was read
};

QString resultJson(const FileResult &result)
{
    QStringList codes;
    for (const QString &code : result.codes)
        codes << jsonQuoted(code);
    QString json = QStringLiteral("{\"file\":") + jsonQuoted(result.file) + QStringLiteral(",\"codes\":[")
        + codes.join(u',') + QStringLiteral("],\"ms\":") + QString::number(result.ms, 'f', 1);
    if (!result.error.reason.isEmpty()) {
        json += QStringLiteral(",\"reason\":") + jsonQuoted(result.error.reason) + QStringLiteral(",\"message\":")
            + jsonQuoted(QrImageReader::message(result.error));
    }
    return json + u'}';
}

} // namespace

QString QrCommand::name() const
{
    return QStringLiteral("qr");
}

QString QrCommand::summary() const
{
    return tr("Read the QR codes in image files");
}

QString QrCommand::usage() const
{
    return tr("Usage: branchctl qr decode [--json] <image>...\n"
              "\n"
              "  decode  read every QR code in each image (PNG, JPEG, BMP, GIF) with the kiosk's decoder\n"
              "          --json  one line: {\"results\":[{\"file\":...,\"codes\":[...],\"ms\":...}]},\n"
              "                  one entry per image; a file that cannot be read has \"reason\" and \"message\"\n"
              "\n"
              "Exit codes: 0 every file read (with or without codes), 1 a file could not be read,\n"
              "2 usage error.");
}

int QrCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return reportUsageError(err, QStringLiteral("missing_subcommand"), tr("Missing the sub-command: decode."));
    if (args.constFirst() == u"decode")
        return decode(args.mid(1), out, err);
    return reportUsageError(err, QStringLiteral("unknown_subcommand"), tr("Unknown sub-command. Use decode."));
}

int QrCommand::decode(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed = CommandArgs::parse(args, {QStringLiteral("--json")}, {});
    if (!parsed.error.isEmpty())
        return reportUsageError(err, parsed.error,
                                tr("Unknown or incomplete option %1. Run \"branchctl help qr\".").arg(parsed.culprit));
    if (parsed.positional.isEmpty())
        return reportUsageError(err, QStringLiteral("missing_file"), tr("Give at least one image file."));

    const QrDecoder decoder;
    QList<FileResult> results;
    for (const QString &file : parsed.positional) {
        FileResult result;
        result.file = file;
        const Result<cv::Mat> image = QrImageReader::readFile(file);
        if (image.ok()) {
            QElapsedTimer timer;
            timer.start();
            result.codes = decoder.decode(image.value()).codes;
            result.ms = double(timer.nsecsElapsed()) / 1e6;
        } else {
            result.error = image.error();
            err << QStringLiteral("branchctl: ") << QrImageReader::message(result.error) << QStringLiteral(" (")
                << result.error.reason << QStringLiteral(")\n");
        }
        results << result;
    }

    bool allRead = true;
    if (parsed.has(QStringLiteral("--json"))) {
        QStringList items;
        for (const FileResult &result : results) {
            items << resultJson(result);
            allRead = allRead && result.error.reason.isEmpty();
        }
        out << QStringLiteral("{\"results\":[") << items.join(u',') << QStringLiteral("]}\n");
    } else {
        for (const FileResult &result : results) {
            allRead = allRead && result.error.reason.isEmpty();
            if (!result.error.reason.isEmpty())
                continue;
            if (result.codes.isEmpty())
                out << result.file << '\t' << tr("no QR code found") << '\n';
            for (const QString &code : result.codes)
                out << result.file << '\t' << code << '\n';
        }
    }
    out.flush();
    err.flush();
    return allRead ? ExitSuccess : ExitInvalid;
}

} // namespace branch
