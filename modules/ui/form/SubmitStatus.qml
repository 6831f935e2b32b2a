import QtQuick
import QtQuick.Controls.Basic as Controls
import BranchSuite.Controls
import BranchSuite.Form

// While a submission is being saved (off the GUI thread): a spinner and a
// status line that a screen reader announces.
Row {
    id: status

    required property FormController flow

    objectName: "submitStatus"
    visible: flow.busy
    spacing: Theme.spacing

    Controls.BusyIndicator {
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touchTarget * 0.8
        height: width
        running: status.visible
        Accessible.ignored: true
    }

    Text {
        objectName: "submitStatusText"
        anchors.verticalCenter: parent.verticalCenter
        width: status.width - Theme.touchTarget * 0.8 - status.spacing
        wrapMode: Text.Wrap
        text: status.flow.statusText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
