pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Form

// The fields of one form page (one question in care mode) and "Next".
Item {
    id: view

    required property FormController flow

    objectName: "formView"

    // Scrolls the focused field into view: tapped near the bottom, it would
    // otherwise sit under the keyboard that just opened.
    function reveal() {
        const item = Window.activeFocusItem
        let box = null
        let inside = false
        for (let p = item; p && !inside; p = p.parent) {
            if (!box && p.objectName.startsWith("fieldBox_"))
                box = p
            inside = p === fields
        }
        if (!inside)
            return
        // The whole question with its error line, unless it is taller than the view.
        const target = box && box.height + 2 * Theme.spacing <= flick.height ? box : item
        const top = target.mapToItem(fields, 0, 0).y - Theme.spacing
        const bottom = top + target.height + 2 * Theme.spacing
        const maxY = Math.max(0, fields.height - flick.height)
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(maxY, bottom - flick.height)
    }

    // After the focus change and the layout it causes have settled.
    Timer {
        id: revealLater
        interval: 0
        onTriggered: view.reveal()
    }

    Connections {
        target: view.Window.window
        function onActiveFocusItemChanged() { revealLater.restart() }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: next.top
        anchors.bottomMargin: Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Flickable {
            id: flick
            objectName: "formFlickable"
            anchors.fill: parent
            anchors.margins: Theme.spacing * 1.5
            contentHeight: fields.height
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            onHeightChanged: revealLater.restart()

            Column {
                id: fields
                width: flick.width
                spacing: Theme.spacing * 1.5

                Repeater {
                    model: view.flow.fields
                    FieldInput {
                        width: fields.width
                        flow: view.flow
                    }
                }
            }
        }
    }

    KioskButton {
        id: next
        objectName: "formNextButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Math.max(implicitWidth, 280)
        primary: true
        text: view.flow.nextText
        onClicked: view.flow.next()
    }
}
