import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell

// Delivery to core, in the top bar: offline and how much waits to be sent.
// A long press opens the staff page (staff sign-in is not part of this yet).
Rectangle {
    id: badge

    required property ShellController shell

    readonly property bool offline: !shell.syncConfigured || !shell.syncOnline
    readonly property string statusText: {
        const n = shell.queueCount
        let text
        if (!shell.syncConfigured)
            text = qsTr("Offline (not set up) — %n waiting", "", n)
        else if (!shell.syncOnline)
            text = qsTr("Offline — %n request(s) waiting to be sent", "", n)
        else
            text = n > 0 ? qsTr("%n waiting", "", n) : qsTr("Online")
        if (shell.rejectedCount > 0)
            text += " · " + qsTr("%n refused by core", "", shell.rejectedCount)
        return text
    }

    objectName: "syncBadge"
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.min(label.implicitWidth + 2 * Theme.spacing, Theme.sidePanelWidth * 1.3)
    radius: Theme.radius
    color: offline || shell.rejectedCount > 0 ? Theme.checked : "transparent"
    border.width: Theme.borderWidth
    border.color: offline ? Theme.textOnChecked : Theme.textOnPrimary

    Accessible.role: Accessible.Button
    Accessible.name: statusText
    Accessible.description: shell.syncConfigured
                            ? qsTr("Press and hold to open the staff page")
                            : qsTr("This kiosk is not connected to core. Press and hold to open the staff page")
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
