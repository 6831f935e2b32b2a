import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell

// "Are you still there?" Shown before an idle session is cleared, so a
// customer who is reading or fetching a card does not lose their work.
Rectangle {
    id: overlay

    required property IdleWatcher idle
    required property KioskSession session

    objectName: "idleOverlay"
    visible: idle.warning
    color: Theme.scrim

    // Read aloud once as it appears (in care mode, or after "Read it again"):
    // a customer who looked away hears that the session is about to end.
    onVisibleChanged: {
        if (visible)
            Speaker.alert(qsTr("Are you still there? Your session will end soon. Tap Continue to keep going."))
    }

    // Swallows touches meant for the page underneath; any touch counts as
    // activity and so already cancels the countdown.
    MouseArea {
        anchors.fill: parent
        onClicked: overlay.idle.poke()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 720)
        height: content.height + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Column {
            id: content
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 1.5

            Text {
                objectName: "idleTitle"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            Text {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("For your privacy, this session ends in %n second(s) and what you entered will be cleared.",
                           "", overlay.idle.remainingSeconds)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }

            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.spacing * 2

                KioskButton {
                    objectName: "idleEndButton"
                    text: qsTr("End now")
                    onClicked: overlay.session.clear()
                }
                KioskButton {
                    objectName: "idleContinueButton"
                    primary: true
                    text: qsTr("Continue")
                    onClicked: overlay.idle.poke()
                }
            }
        }
    }
}
