// The kiosk's side of the phone page's browser test (tests/phone): the real
// kiosk, in process, with a camera that shows the image the browser test
// photographed of the phone's screen, pasted into a 1280x720 frame. It taps
// "扫码取预填", waits for the form to open filled in, compares the answers it
// was told to expect and prints one JSON line:
//   {"ok":true,"ms":N,"service":"…","offline":false}  exit 0
//   {"ok":false,"reason":"…","message":"…"}          exit 1
//
//   prefill_kiosk_probe --database DB --dev-insecure-secrets DIR --image QR.png
//                       [--expect FIELD=TEXT]... [--photo FIELD] [--screenshot OUT.png]
// --photo: the phone's photo for that document field is on the form, as a
// thumbnail the customer sees (the probe turns the pages to it).

#include "FormController.h"
#include "Kiosk.h"
#include "PrefillScanController.h"
#include "RevealItem.h"
#include "ShellController.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

#include "KioskQmlPlugins.h"

namespace {

int report(const QJsonObject &o, int code)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return code;
}

int failed(const QString &reason, const QString &message = {})
{
    return report({{QStringLiteral("ok"), false}, {QStringLiteral("reason"), reason},
                   {QStringLiteral("message"), message}},
                  1);
}

// What a kiosk camera sees when a phone is held up to it: the screen's code
// about 400 px tall in a grey 1280x720 frame.
bool cameraFolder(const QString &image, const QString &dir)
{
    const QImage shot(image);
    if (shot.isNull())
        return false;
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(200, 200, 200));
    const QImage code = shot.scaled(400, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&frame);
    painter.drawImage((frame.width() - code.width()) / 2, (frame.height() - code.height()) / 2, code);
    painter.end();
    return frame.save(QDir(dir).filePath(QStringLiteral("frame.png")));
}

QQuickItem *visibleItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name && root->isVisible())
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = visibleItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Kiosk database."), QStringLiteral("path"));
    const QCommandLineOption secrets(QStringLiteral("dev-insecure-secrets"), QStringLiteral("Secrets."), QStringLiteral("dir"));
    const QCommandLineOption image(QStringLiteral("image"), QStringLiteral("The code's picture."), QStringLiteral("png"));
    const QCommandLineOption expect(QStringLiteral("expect"), QStringLiteral("FIELD=TEXT on the form."), QStringLiteral("pair"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the form."), QStringLiteral("png"));
    const QCommandLineOption photo(QStringLiteral("photo"), QStringLiteral("A document field with a photo."), QStringLiteral("field"));
    parser.addOptions({database, secrets, image, expect, screenshot, photo});
    parser.process(app);
    if (!parser.isSet(database) || !parser.isSet(secrets) || !parser.isSet(image))
        return failed(QStringLiteral("usage"), QStringLiteral("--database, --dev-insecure-secrets and --image are needed"));

    QTemporaryDir camera;
    if (!cameraFolder(parser.value(image), camera.path()))
        return failed(QStringLiteral("image_unreadable"));
    branch::KioskOptions options;
    options.language = QStringLiteral("zh_CN");
    options.camera = camera.path();
    options.databasePath = parser.value(database);
    options.devInsecureSecretsDir = parser.value(secrets);
    options.speech = QStringLiteral("off"); // silent: measured without the voice's engine
    branch::Kiosk kiosk(options, branch::KioskBackends::standard(options));
    if (!kiosk.load())
        return failed(QStringLiteral("kiosk_not_started"), kiosk.errorMessage());
    QQuickWindow *window = kiosk.window();
    window->resize(1920, 1080);

    QElapsedTimer timer;
    timer.start();
    kiosk.shell()->activate(QStringLiteral("scan_prefill"));
    branch::PrefillScanController *scan = kiosk.prefillScan();
    while (timer.elapsed() < 20000 && !kiosk.flow()->prefilled() && !scan->refused())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (scan->refused())
        return failed(QStringLiteral("refused"), scan->message());
    if (!kiosk.flow()->prefilled() || kiosk.shell()->route() != u"form")
        return failed(QStringLiteral("timeout"));
    const qint64 ms = timer.elapsed();
    QSignalSpy frame(window, &QQuickWindow::frameSwapped);
    window->update();
    frame.wait(5000);

    for (const QString &pair : parser.values(expect)) {
        const QString field = pair.section(u'=', 0, 0);
        const QString wanted = pair.section(u'=', 1);
        if (kiosk.flow()->text(field) != wanted)
            return failed(QStringLiteral("wrong_answer"), field);
    }
    if (parser.isSet(photo)) {
        const QString field = parser.value(photo);
        if (kiosk.flow()->documentThumbnail(field).isEmpty())
            return failed(QStringLiteral("no_photo"), field);
        // Page by page, as the customer goes, to the one that shows it.
        QQuickItem *shown = nullptr;
        for (int page = 0; page < 12 && !shown; ++page) {
            QSignalSpy drawn(window, &QQuickWindow::frameSwapped);
            window->update();
            drawn.wait(5000);
            shown = visibleItem(window->contentItem(), QStringLiteral("thumbnail_") + field);
            if (!shown && !kiosk.flow()->next())
                return failed(QStringLiteral("page_refused"), QString::number(page));
        }
        if (!shown || shown->property("status").toInt() != 1 /* Image.Ready */ || shown->width() < 100)
            return failed(QStringLiteral("photo_not_shown"), field);
        revealItem(shown);
        QSignalSpy drawn(window, &QQuickWindow::frameSwapped);
        window->update();
        drawn.wait(5000);
    }
    if (parser.isSet(screenshot))
        window->grabWindow().save(parser.value(screenshot));
    return report({{QStringLiteral("ok"), true},
                   {QStringLiteral("ms"), ms},
                   {QStringLiteral("service"), kiosk.shell()->serviceId()},
                   {QStringLiteral("reference"), kiosk.flow()->prefillReference()}},
                  0);
}
