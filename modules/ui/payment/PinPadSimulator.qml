pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Payment

// The demo's PIN pad. A real kiosk's encrypting pad is hardware beside the
// screen and never shows the PIN to this program; this one types into the
// simulated pad, and shows only a dot per digit.
Column {
    id: pad

    required property PaymentSimulator simulator

    objectName: "pinPadSimulator"
    spacing: Theme.spacing / 2

    // The label and a dot per digit on one line: the keys need the height.
    Row {
        spacing: Theme.spacing
        height: Theme.touchTarget

        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("PIN pad simulator (demo)")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Text {
            objectName: "pinDots"
            anchors.verticalCenter: parent.verticalCenter
            text: pad.simulator ? "\u25CF ".repeat(pad.simulator.typed).trim() : ""
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%n digit(s) entered", "", pad.simulator ? pad.simulator.typed : 0)
        }
    }

    Grid {
        columns: 3
        spacing: Theme.spacing / 2

        Repeater {
            model: [1, 2, 3, 4, 5, 6, 7, 8, 9]
            KioskButton {
                required property int modelData
                objectName: "pinKey_" + modelData
                width: Theme.touchTarget * 1.6
                text: String(modelData)
                onClicked: pad.simulator.press(modelData)
            }
        }
        KioskButton {
            objectName: "pinKey_erase"
            width: Theme.touchTarget * 1.6
            text: qsTr("Delete")
            onClicked: pad.simulator.erase()
        }
        KioskButton {
            objectName: "pinKey_0"
            width: Theme.touchTarget * 1.6
            text: "0"
            onClicked: pad.simulator.press(0)
        }
        KioskButton {
            objectName: "pinKey_enter"
            width: Theme.touchTarget * 1.6
            primary: true
            text: qsTr("Enter")
            onClicked: pad.simulator.enter()
        }
    }
}
