import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell
import BranchSuite.Staff

// Delivery to core, in the top bar: offline and how much waits to be sent.
// A long press opens the staff sign-in, then the staff page.
Rectangle {
    id: badge

    required property ShellController shell

    readonly property bool offline: status.offline
    readonly property string statusText: status.text

    SyncStatus {
        id: status
        configured: badge.shell.syncConfigured
        online: badge.shell.syncOnline
        waiting: badge.shell.queueCount
        refused: badge.shell.rejectedCount
        language: badge.shell.language
    }

    objectName: "syncBadge"
    implicitHeight: Theme.touchTarget
    // Narrow enough to leave the kiosk's name room; a long wording takes two lines.
    implicitWidth: Math.min(label.implicitWidth + 2 * Theme.spacing, Theme.sidePanelWidth)
    radius: Theme.radius
    // Customers are told only when something does not work; core's refusals are for staff.
    color: status.offline ? Theme.checked : "transparent"
    border.width: Theme.borderWidth
    border.color: status.offline ? Theme.textOnChecked : Theme.textOnPrimary

    Accessible.role: Accessible.Button
    Accessible.name: statusText
    Accessible.description: status.description
    Accessible.onPressAction: badge.shell.staffView()

    Text {
        id: label
        objectName: "syncBadgeText"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        text: badge.statusText
        elide: Text.ElideRight
        maximumLineCount: 2
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: badge.color === Theme.checked ? Theme.textOnChecked : Theme.textOnPrimary
    }

    MouseArea {
        objectName: "syncBadgeArea"
        anchors.fill: parent
        onPressAndHold: badge.shell.staffView()
    }
}
