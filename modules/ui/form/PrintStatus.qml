import QtQuick
import QtQuick.Controls.Basic as Controls
import BranchSuite.Controls
import BranchSuite.Form

// The receipt on its way to the printer: a spinner while it prints, then
// "Please take your receipt", or why it did not print, what to do instead,
// and a reprint when staff can put the printer right. The words are the
// ReceiptPrinting's, in the customer's language.
Column {
    id: status

    required property ReceiptPrinting printing

    objectName: "printStatus"
    visible: printing.state !== ReceiptPrinting.Idle
    spacing: Theme.spacing / 2

    Row {
        width: parent.width
        spacing: Theme.spacing

        Controls.BusyIndicator {
            anchors.verticalCenter: parent.verticalCenter
            visible: status.printing.busy
            width: visible ? Theme.touchTarget * 0.8 : 0
            height: width
            running: visible
            Accessible.ignored: true
        }

        Text {
            objectName: "printStatusText"
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - (status.printing.busy ? Theme.touchTarget * 0.8 + parent.spacing : 0)
            wrapMode: Text.Wrap
            text: status.printing.statusText
            font.family: Theme.fontFamily
            font.pixelSize: status.printing.state === ReceiptPrinting.Printed ? Theme.fontTitle : Theme.fontBody
            font.bold: !status.printing.busy
            color: status.printing.failed ? Theme.primary : Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    Text {
        objectName: "printFallbackText"
        width: parent.width
        visible: text.length > 0
        wrapMode: Text.Wrap
        text: status.printing.fallbackText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    KioskButton {
        objectName: "reprintButton"
        visible: status.printing.canReprint
        width: Math.max(implicitWidth, 280)
        text: qsTr("Print again")
        onClicked: status.printing.reprint()
    }
}
