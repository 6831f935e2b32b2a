import QtQuick

// An always-visible scroll bar beside a Flickable: elderly customers rarely
// guess that a page scrolls unless they can see it. Shown only while the
// content is taller than the view; it is a hint, not a control.
Rectangle {
    id: hint

    required property Flickable flickable

    visible: flickable.contentHeight > flickable.height + 1
    width: Theme.care ? 12 : 8
    radius: width / 2
    color: Theme.surfacePressed
    Accessible.ignored: true

    Rectangle {
        width: parent.width
        radius: width / 2
        color: Theme.textMuted
        height: Math.max(40, hint.height * hint.flickable.visibleArea.heightRatio)
        y: Math.min(hint.height - height, hint.height * hint.flickable.visibleArea.yPosition)
    }
}
