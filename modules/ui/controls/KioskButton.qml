import QtQuick
import BranchSuite.Controls

// The one button of the kiosk: big, high contrast, reachable by screen readers.
Rectangle {
    id: control

    property string text
    property bool primary: false
    property bool checked: false
    property bool checkable: false
    signal clicked()

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 2, label.implicitWidth + 2 * Theme.spacing)
    radius: Theme.radius
    color: {
        if (checked)
            return Theme.checked
        if (primary)
            return area.pressed ? Theme.primaryPressed : Theme.primary
        return area.pressed ? Theme.surfacePressed : Theme.surface
    }
    border.width: Theme.borderWidth
    border.color: checked ? Theme.textOnChecked : primary ? Theme.primary : Theme.border

    Accessible.role: checkable ? Accessible.CheckBox : Accessible.Button
    Accessible.name: text
    Accessible.checkable: checkable
    Accessible.checked: checked
    Accessible.onPressAction: control.clicked()

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, control.width - 2 * Theme.spacing)
        text: control.checked ? "\u2713 " + control.text : control.text
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: control.primary || control.checked
        color: control.checked ? Theme.textOnChecked : control.primary ? Theme.textOnPrimary : Theme.text
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: control.clicked()
    }
}
