#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace branch {

// How the kiosk was asked to start.
struct KioskOptions
{
    QString language;          // empty: the default (Simplified Chinese)
    QString serviceId;         // deep link; empty: home screen
    QString databasePath;      // always set after parsing
    QString kioskCode = QStringLiteral("KIOSK01"); // first part of every receipt number
    int idleTimeoutSeconds = 0; // 0: the built-in default
    bool careMode = false;
    bool exitAfterFirstFrame = false;
    bool fullScreen = false;
    // DEVELOPMENT ONLY: keep the keys that protect personal data as files
    // here instead of in the system keychain. Logged loudly at every start.
    QString devInsecureSecretsDir;
    // Where core is, overriding what `branchctl device enroll` recorded.
    QString coreUrl; // https only
    QString caFile;  // the only CA trusted for core
    int syncIntervalSeconds = 15;
    // --camera: a V4L2 device, a video file, a folder of images or "none";
    // empty: /dev/video0 when present (CameraChoice).
    QString camera;
    // The receipt printer's CUPS queue; empty: CUPS's default destination.
    QString printerQueue;
    // A simulated printer instead, in this condition ("ready", "out-of-paper"...).
    QString printerSimulator;
    // --idcard-reader: "simulator[:FOLDER]", "vendor:LIBRARY[@PORT]" or "none";
    // empty: the simulator with the built-in demo cards (IdCardReaderChoice).
    QString idCardReader;
    // --speech: "speechd" or "off"; empty: speechd when installed (SpeechChoice).
    QString speech;
};

// The result of parsing argv. Errors carry a stable reason code; message() is
// translated when called, so the caller can pick the language first.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Status { Ok, Error, HelpRequested, VersionRequested };

    static CommandLine parse(const QStringList &arguments);
    static QString defaultDatabasePath();

    Status status() const { return m_status; }
    QString reason() const { return m_reason; } // e.g. "unknown_language"
    QString message() const;
    QString helpText() const { return m_helpText; }
    const KioskOptions &options() const { return m_options; }

    static constexpr int kExitUsage = 2;

private:
    Status m_status = Status::Ok;
    QString m_reason;
    QString m_detail;
    QString m_helpText;
    KioskOptions m_options;
};

} // namespace branch
