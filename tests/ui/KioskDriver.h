#pragma once

// Drives the real Main.qml of a Kiosk by mouse and keyboard, as a customer
// does. Helpers report with QVERIFY, so callers wrap each step in STEP() to
// stop the test function at the first failure.

#include "RevealItem.h"
#include "Kiosk.h"

#include <QDir>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

#define STEP(...)                                                                                                     \
    do {                                                                                                              \
        __VA_ARGS__;                                                                                                  \
        if (QTest::currentTestFailed())                                                                               \
            return;                                                                                                   \
    } while (false)

// For tests of the on-screen keyboard: the platform input context is chosen
// when the application is created, so it is set first, as the kiosk's main()
// does.
#define BRANCH_KEYBOARD_TEST_MAIN(TestClass)                                                                          \
    int main(int argc, char *argv[])                                                                                  \
    {                                                                                                                 \
        qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));                                              \
        qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", QByteArrayLiteral("1"));                                        \
        QGuiApplication app(argc, argv);                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                    \
        TestClass test;                                                                                               \
        return QTest::qExec(&test, argc, argv);                                                                       \
    }

class KioskDriver
{
public:
    void attach(QQuickWindow *window) { m_window = window; }
    QQuickWindow *window() const { return m_window; }

    static QQuickItem *findItem(QQuickItem *root, const QString &name)
    {
        if (root->objectName() == name && root->isVisible())
            return root;
        const auto children = root->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = findItem(child, name))
                return found;
        }
        return nullptr;
    }

    // A visible text item showing exactly this, e.g. a word in the keyboard's
    // candidate bar (delegates are not QObject children of their view).
    static QQuickItem *findText(QQuickItem *root, const QString &text)
    {
        if (root->isVisible() && root->inherits("QQuickText") && root->property("text").toString() == text)
            return root;
        const auto children = root->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = findText(child, text))
                return found;
        }
        return nullptr;
    }

    QQuickItem *item(const QString &objectName) const { return findItem(m_window->contentItem(), objectName); }

    QString text(const QString &objectName) const
    {
        QQuickItem *target = item(objectName);
        return target ? target->property("text").toString() : QStringLiteral("<missing %1>").arg(objectName);
    }

    void settle()
    {
        QSignalSpy frame(m_window, &QQuickWindow::frameSwapped);
        m_window->update();
        QVERIFY(frame.wait(2000));
    }

    // Long pages scroll: brings the target into its Flickable's view.
    void reveal(QQuickItem *target)
    {
        revealItem(target);
        settle();
    }

    void click(const QString &objectName)
    {
        STEP(settle());
        QQuickItem *target = item(objectName);
        QVERIFY2(target, qPrintable(objectName));
        STEP(reveal(target));
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QVERIFY2(m_window->contentItem()->contains(centre), qPrintable(objectName));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        settle();
    }

    // A home tile. In care mode the home screen opens on a few large tiles:
    // one that is not among them is reached through "All services", as a
    // customer reaches it.
    void clickTile(const QString &categoryId)
    {
        const QString name = QStringLiteral("categoryTile_") + categoryId;
        STEP(settle());
        if (!item(name) && item(QStringLiteral("careAllServices")))
            STEP(click(QStringLiteral("careAllServices")));
        STEP(click(name));
    }

    // Held longer than a press-and-hold: how staff reach the staff page.
    void longPress(const QString &objectName)
    {
        STEP(settle());
        QQuickItem *target = item(objectName);
        QVERIFY2(target, qPrintable(objectName));
        const QPoint centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        QTest::mousePress(m_window, Qt::LeftButton, {}, centre);
        QTest::qWait(1200);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, centre);
        settle();
    }

    void type(const QString &objectName, const QString &text)
    {
        STEP(click(objectName));
        QQuickItem *target = item(objectName);
        QVERIFY2(target && target->hasActiveFocus(), qPrintable(objectName));
        // QTest::keyClicks() is for widgets; a QWindow takes the keys one by one.
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
        settle();
    }

    // Saves a screenshot when BRANCH_SCREENSHOT_DIR is set, for reviewers.
    void shoot(const QString &name)
    {
        STEP(settle());
        const QString dir = qEnvironmentVariable("BRANCH_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grabWindow().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

private:
    QQuickWindow *m_window = nullptr;
};
