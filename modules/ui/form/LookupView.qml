import QtQuick
import QtQuick.Controls.Basic as Controls
import BranchSuite.Controls
import BranchSuite.Form

// A bill service starts with the account number; the bill fills the form.
Item {
    id: view

    required property FormController flow

    objectName: "lookupView"

    Column {
        width: Math.min(parent.width, 900)
        spacing: Theme.spacing * 1.5

        Text {
            width: parent.width
            wrapMode: Text.Wrap
            text: view.flow.lookupPrompt
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
        }

        Controls.TextField {
            id: account
            objectName: "lookupAccountField"
            width: parent.width
            height: Theme.touchTarget
            focus: true
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            maximumLength: 40
            inputMethodHints: Qt.ImhDigitsOnly
            placeholderText: view.flow.lookupLabel
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: Theme.borderWidth + 1
                border.color: account.activeFocus ? Theme.text : Theme.border
            }
            Accessible.name: view.flow.lookupLabel
            onAccepted: view.flow.lookupBill(text)
        }

        Text {
            objectName: "lookupError"
            width: parent.width
            visible: text.length > 0
            wrapMode: Text.Wrap
            text: view.flow.lookupError
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.primary
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        KioskButton {
            objectName: "lookupButton"
            width: Math.max(implicitWidth, 280)
            primary: true
            text: qsTr("Find my bill")
            onClicked: view.flow.lookupBill(account.text)
        }
    }
}
