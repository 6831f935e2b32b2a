#include "CommandLine.h"

#include "IdCardReaderChoice.h"

#include "CameraChoice.h"
#include "SimulatedPrinter.h"
#include "SpeechChoice.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace branch {

namespace {

CommandLine::Status fail(QString &reason, QString &detail, const char *code, const QString &what)
{
    reason = QString::fromLatin1(code);
    detail = what;
    return CommandLine::Status::Error;
}

} // namespace

QString CommandLine::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("branchsuite.sqlite"));
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("BranchSuite self-service kiosk"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("Open the service with this id."), tr("id"));
    const QCommandLineOption care(QStringLiteral("care"), tr("Start in care mode."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Start in this language: zh_CN or en."), tr("code"));
    const QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"),
                                        tr("Exit once the first frame is shown (start-up check)."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("Path of the kiosk database."), tr("path"));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  tr("Seconds without input before the session is cleared."),
                                  tr("seconds"));
    const QCommandLineOption fullScreen(QStringLiteral("fullscreen"), tr("Fill the whole screen."));
    const QCommandLineOption devSecrets(
        QStringLiteral("dev-insecure-secrets"),
        tr("DEVELOPMENT ONLY: keep the keys that protect personal data as files in this directory "
           "instead of the system keychain."),
        tr("directory"));
    const QCommandLineOption core(QStringLiteral("core"),
                                  tr("Address of branch-core (https), instead of the enrolled one."), tr("url"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                tr("CA certificate (PEM) that core's certificate must be signed by."), tr("file"));
    const QCommandLineOption camera(
        QStringLiteral("camera"),
        tr("Camera to scan with: a V4L2 device (/dev/video0, the default when present), a video file, "
           "a folder of images, or none."),
        tr("device|file|folder"));
    const QCommandLineOption printer(
        QStringLiteral("printer"),
        tr("CUPS queue of the receipt printer (default: CUPS's default destination, if any)."), tr("queue"));
    const QCommandLineOption printerSimulator(
        QStringLiteral("printer-simulator"),
        tr("Print to a simulated printer in this condition, for demos: %1.")
            .arg(SimulatedPrinter::names().join(QStringLiteral(", "))),
        tr("condition"));
    const QCommandLineOption idCardReader(
        QStringLiteral("idcard-reader"),
        tr("Resident ID card reader: simulator (the default, with demo cards), simulator:FOLDER, "
           "vendor:LIBRARY[@PORT] (a vendor's reader through its shim library), or none."),
        tr("reader"));
    const QCommandLineOption speech(
        QStringLiteral("speech"),
        tr("The kiosk's voice: speechd (speech-dispatcher, the default when installed) or off (silent)."),
        tr("engine"));
    parser.addOptions({service, care, lang, firstFrame, database, idle, fullScreen, devSecrets, core, ca, camera,
                       printer, printerSimulator, idCardReader, speech});
    result.m_helpText = parser.helpText();

    KioskOptions &o = result.m_options;
    Status &status = result.m_status;
    if (!parser.parse(arguments)) {
        status = fail(result.m_reason, result.m_detail, "invalid_option", parser.errorText());
        return result;
    }
    if (parser.isSet(help)) {
        status = Status::HelpRequested;
        return result;
    }
    if (parser.isSet(version)) {
        status = Status::VersionRequested;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        status = fail(result.m_reason, result.m_detail, "unexpected_argument",
                      parser.positionalArguments().constFirst());
        return result;
    }
    o.careMode = parser.isSet(care);
    o.exitAfterFirstFrame = parser.isSet(firstFrame);
    o.fullScreen = parser.isSet(fullScreen);
    if (parser.isSet(lang)) {
        o.language = parser.value(lang);
        if (!Translations::supportedLanguages().contains(o.language)) {
            status = fail(result.m_reason, result.m_detail, "unknown_language", o.language);
            o.language.clear();
            return result;
        }
    }
    if (parser.isSet(service)) {
        o.serviceId = parser.value(service).trimmed();
        if (o.serviceId.isEmpty()) {
            status = fail(result.m_reason, result.m_detail, "empty_service", {});
            return result;
        }
    }
    o.databasePath = parser.isSet(database) ? parser.value(database) : defaultDatabasePath();
    if (o.databasePath.isEmpty()) {
        status = fail(result.m_reason, result.m_detail, "empty_database", {});
        return result;
    }
    if (parser.isSet(devSecrets)) {
        o.devInsecureSecretsDir = parser.value(devSecrets);
        if (o.devInsecureSecretsDir.isEmpty()) {
            status = fail(result.m_reason, result.m_detail, "empty_secrets_directory", {});
            return result;
        }
    }
    if (parser.isSet(core)) {
        const QUrl url(parser.value(core), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
            status = fail(result.m_reason, result.m_detail, "invalid_core_url", parser.value(core));
            return result;
        }
        o.coreUrl = url.toString();
    }
    if (parser.isSet(ca)) {
        o.caFile = parser.value(ca);
        const QFileInfo file(o.caFile);
        if (o.caFile.isEmpty() || !file.isFile() || !file.isReadable()) {
            status = fail(result.m_reason, result.m_detail, "missing_ca_file", o.caFile);
            o.caFile.clear();
            return result;
        }
    }
    if (parser.isSet(camera)) {
        o.camera = parser.value(camera);
        // Checked here so that a typo stops the start with a clear message;
        // a camera that exists but will not open only disables scanning.
        if (o.camera.isEmpty() || !CameraChoice::parse(o.camera).ok()) {
            status = fail(result.m_reason, result.m_detail, "camera_not_found", o.camera);
            o.camera.clear();
            return result;
        }
    }
    if (parser.isSet(idCardReader)) {
        o.idCardReader = parser.value(idCardReader);
        if (const Result<IdCardReaderChoice> reader = IdCardReaderChoice::parse(o.idCardReader); !reader.ok()) {
            status = fail(result.m_reason, result.m_detail, qPrintable(reader.reason()), o.idCardReader);
            o.idCardReader.clear();
            return result;
        }
    }
    if (parser.isSet(speech)) {
        o.speech = parser.value(speech);
        if (const Result<SpeechChoice> voice = SpeechChoice::parse(o.speech); !voice.ok() || o.speech.isEmpty()) {
            status = fail(result.m_reason, result.m_detail, voice.ok() ? "unknown_speech" : qPrintable(voice.reason()),
                          o.speech);
            o.speech.clear();
            return result;
        }
    }
    if (parser.isSet(printer) && parser.isSet(printerSimulator)) {
        status = fail(result.m_reason, result.m_detail, "conflicting_printer_options", {});
        return result;
    }
    if (parser.isSet(printer)) {
        o.printerQueue = parser.value(printer);
        // CUPS's own rule for a queue name: printable, no space, '/', '\\', '?', '#' or quotes, at most 127.
        static const QRegularExpression queueName(QStringLiteral("^[^\\s/\\\\?#'\"\\x00-\\x1f\\x7f]{1,127}$"));
        if (!queueName.match(o.printerQueue).hasMatch()) {
            status = fail(result.m_reason, result.m_detail, "invalid_printer", o.printerQueue);
            o.printerQueue.clear();
            return result;
        }
    }
    if (parser.isSet(printerSimulator)) {
        o.printerSimulator = parser.value(printerSimulator);
        if (!SimulatedPrinter::parse(o.printerSimulator)) {
            status = fail(result.m_reason, result.m_detail, "unknown_printer_condition", o.printerSimulator);
            o.printerSimulator.clear();
            return result;
        }
    }
    if (parser.isSet(idle)) {
        bool ok = false;
        const int seconds = parser.value(idle).toInt(&ok);
        // A day is far beyond any sensible kiosk timeout; reject typos early.
        if (!ok || seconds < 1 || seconds > 86'400) {
            status = fail(result.m_reason, result.m_detail, "invalid_idle_timeout", parser.value(idle));
            return result;
        }
        o.idleTimeoutSeconds = seconds;
    }
    return result;
}

QString CommandLine::message() const
{
    if (m_reason == QLatin1String("invalid_option"))
        return tr("Invalid command line: %1").arg(m_detail);
    if (m_reason == QLatin1String("unexpected_argument"))
        return tr("Unexpected argument \"%1\".").arg(m_detail);
    if (m_reason == QLatin1String("unknown_language"))
        return tr("Unknown language \"%1\". Use zh_CN or en.").arg(m_detail);
    if (m_reason == QLatin1String("empty_secrets_directory"))
        return tr("The development secrets directory must not be empty.");
    if (m_reason == QLatin1String("empty_service"))
        return tr("The service id must not be empty.");
    if (m_reason == QLatin1String("empty_database"))
        return tr("The database path must not be empty.");
    if (m_reason == QLatin1String("invalid_core_url"))
        return tr("Invalid core address \"%1\": give an https:// URL, e.g. https://127.0.0.1:8443.").arg(m_detail);
    if (m_reason == QLatin1String("missing_ca_file"))
        return tr("The CA file \"%1\" does not exist or cannot be read.").arg(m_detail);
    if (m_reason == QLatin1String("camera_not_found"))
        return tr("There is no camera, video file or folder at \"%1\". Give a device such as /dev/video0, "
                  "a video file, a folder of images, or none.")
            .arg(m_detail);
    if (m_reason == QLatin1String("unknown_idcard_reader"))
        return tr("Unknown ID card reader \"%1\". Use simulator, simulator:FOLDER, vendor:LIBRARY[@PORT] or none.")
            .arg(m_detail);
    if (m_reason == QLatin1String("idcard_folder_not_found"))
        return tr("There is no folder of demo ID cards at \"%1\".").arg(m_detail.mid(int(qstrlen("simulator:"))));
    if (m_reason == QLatin1String("idcard_library_not_found"))
        return tr("There is no ID card reader library at \"%1\".").arg(m_detail.mid(int(qstrlen("vendor:"))));
    if (m_reason == QLatin1String("unknown_speech"))
        return tr("Unknown voice \"%1\". Use speechd or off.").arg(m_detail);
    if (m_reason == QLatin1String("speech_engine_missing"))
        return tr("The speechd voice is not installed (Qt TextToSpeech's speech-dispatcher plugin). "
                  "Install qt6-speech-speechd-plugin, or use --speech off.");
    if (m_reason == QLatin1String("conflicting_printer_options"))
        return tr("Give either --printer or --printer-simulator, not both.");
    if (m_reason == QLatin1String("invalid_printer"))
        return tr("Invalid printer queue \"%1\": a CUPS queue name has no spaces, \"/\", \"#\", \"?\" or quotes.")
            .arg(m_detail);
    if (m_reason == QLatin1String("unknown_printer_condition"))
        return tr("Unknown printer condition \"%1\". Use one of: %2.")
            .arg(m_detail, SimulatedPrinter::names().join(QStringLiteral(", ")));
    if (m_reason == QLatin1String("invalid_idle_timeout"))
        return tr("Invalid idle timeout \"%1\": give a whole number of seconds from 1 to 86400.")
            .arg(m_detail);
    return {};
}

} // namespace branch
