import QtQuick
import BranchSuite.Controls
import BranchSuite.Form

// The request is saved: its receipt number and QR code for staff to scan,
// and the receipt on its way to the printer (PrintStatus).
Item {
    id: view

    required property FormController flow
    signal finished()

    objectName: "receiptView"

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        // Centred when it fits; when care mode's large print or a long note
        // makes it taller than the screen it starts at the top and scrolls,
        // so the QR code is never pushed off the screen.
        Flickable {
            id: scroller
            objectName: "receiptScroller"
            anchors.fill: parent
            anchors.margins: Theme.margin
            clip: true
            contentWidth: width
            contentHeight: Math.max(height, content.height)
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.Pane
            Accessible.name: qsTr("Your receipt")

            Row {
                id: content
                x: Math.max(0, (scroller.width - width) / 2)
                y: Math.max(0, (scroller.height - height) / 2)
                spacing: Theme.margin * 2

                Image {
                    objectName: "receiptQr"
                    width: Theme.care ? 300 : 260
                    height: width
                    source: view.flow.receiptQrSource
                    sourceSize.width: width
                    smooth: false
                    fillMode: Image.PreserveAspectFit
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code of your receipt")
                }

                Column {
                    // Wide enough for the receipt number on one line in care mode's large print.
                    width: Math.min(Theme.care ? 860 : 640, scroller.width - 300 - parent.spacing)
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.spacing

                    Text {
                        width: parent.width
                        wrapMode: Text.Wrap
                        text: qsTr("Your request has been saved")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        width: parent.width
                        text: view.flow.serviceName
                        wrapMode: Text.Wrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    Text {
                        text: qsTr("Receipt number")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "receiptNumber"
                        width: parent.width
                        wrapMode: Text.WrapAnywhere
                        text: view.flow.receiptNumber
                        font.family: "monospace"
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Receipt number") + " " + text
                    }
                    Text {
                        objectName: "receiptAmount"
                        visible: view.flow.amountText.length > 0
                        text: qsTr("Amount: %1").arg(view.flow.amountText)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Text {
                        objectName: "receiptPayment"
                        width: parent.width
                        wrapMode: Text.Wrap
                        visible: text.length > 0
                        text: view.flow.paymentText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    PrintStatus {
                        width: parent.width
                        printing: view.flow.printing
                    }
                    Text {
                        width: parent.width
                        wrapMode: Text.Wrap
                        visible: !view.flow.printing.failed
                        text: qsTr("Keep this number. Staff can find your request with it or by scanning the code. A PDF copy of the receipt is kept at this counter.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Text {
                        width: parent.width
                        wrapMode: Text.Wrap
                        visible: text.length > 0
                        text: view.flow.counterNotesText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.text
                    }
                    KioskButton {
                        objectName: "receiptDoneButton"
                        width: Math.max(implicitWidth, 280)
                        primary: true
                        text: qsTr("Finish")
                        onClicked: view.finished()
                    }
                }
            }
        }

        ScrollHint {
            objectName: "receiptScrollBar"
            flickable: scroller
            anchors.right: parent.right
            anchors.rightMargin: 6
            anchors.top: scroller.top
            anchors.bottom: scroller.bottom
        }
    }
}
