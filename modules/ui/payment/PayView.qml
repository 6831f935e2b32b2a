pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Form
import BranchSuite.Payment
import BranchSuite.Shell

// The pay step: what is paid to whom, what to do now (insert the card, type
// the PIN on the pad, wait for the bank), and why a payment did not go
// through. With the simulators, the demo's cards and PIN pad are on screen.
// Everything it says is PaymentController's.
Item {
    id: view

    required property PaymentController payment
    required property FormController flow

    objectName: "payView"

    readonly property bool refused: view.payment.phase === PaymentController.Declined
    readonly property bool simulated: view.payment.simulator !== null

    // In care mode each step is read as it comes: what is paid, then what to
    // do now; a refusal is read as an alert.
    PageSpeech {
        text: qsTr("%1. %2").arg(qsTr("Pay %1 to %2").arg(view.payment.amountText).arg(view.payment.payee))
              .arg(view.payment.instruction)
    }
    property string spokenAlert
    Connections {
        target: view.payment
        function onChanged() {
            const message = view.payment.message
            if (message.length > 0 && message !== view.spokenAlert)
                Speaker.alert(message)
            view.spokenAlert = message
        }
    }

    // Two columns: what to do on the left, always in view; the demo's card
    // reader and PIN pad on the right. Each scrolls on its own when care
    // mode's large print needs more than the screen.
    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Flickable {
            id: scroller
            objectName: "payScroller"
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            width: view.simulated ? (parent.width - 3 * Theme.margin) * 0.55 : parent.width - 2 * Theme.margin
            clip: true
            contentWidth: width
            contentHeight: content.height
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: content
                width: scroller.width
                spacing: Theme.spacing

                Text {
                    objectName: "payAmount"
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: qsTr("Pay %1 to %2").arg(view.payment.amountText).arg(view.payment.payee)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Text {
                    objectName: "payInstruction"
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: view.payment.instruction
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.care ? Theme.fontBody : Theme.fontTitle
                    font.bold: Theme.care
                    color: Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                // Why it did not go through, and what to do; never colour alone.
                Rectangle {
                    objectName: "payMessageBox"
                    visible: view.payment.message.length > 0 || view.flow.submitError.length > 0
                    width: parent.width
                    height: visible ? message.implicitHeight + 2 * Theme.spacing : 0
                    radius: Theme.radius
                    color: Theme.bannerBackground
                    border.width: Theme.borderWidth
                    border.color: Theme.bannerBorder

                    Text {
                        id: message
                        objectName: "payMessage"
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        wrapMode: Text.Wrap
                        text: view.flow.submitError.length > 0 ? view.flow.submitError : view.payment.message
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }

                Flow {
                    width: parent.width
                    spacing: Theme.spacing

                    KioskButton {
                        objectName: "payRetryButton"
                        visible: view.payment.canRetry
                        primary: true
                        text: qsTr("Try again")
                        onClicked: view.payment.retry()
                    }
                    // The payment went through and only the saving failed:
                    // saving again never pays again.
                    KioskButton {
                        objectName: "paySaveAgainButton"
                        visible: view.payment.phase === PaymentController.Saving && view.flow.submitError.length > 0
                        primary: true
                        text: qsTr("Save my request again")
                        onClicked: view.flow.submit()
                    }
                    KioskButton {
                        objectName: "payCancelButton"
                        visible: view.payment.canCancel
                        text: qsTr("Cancel payment")
                        onClicked: view.payment.cancel()
                    }
                }
            }
        }

        Flickable {
            id: devices
            objectName: "paySimulatorScroller"
            visible: view.simulated
            anchors.left: scroller.right
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            clip: true
            contentWidth: width
            contentHeight: simulator.height
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: simulator
                width: devices.width
                spacing: Theme.spacing

                // The demo's card reader: each button inserts one test card.
                Column {
                    objectName: "cardSimulator"
                    visible: view.payment.phase === PaymentController.WaitingForCard
                    width: parent.width
                    spacing: Theme.spacing / 2

                    Text {
                        width: parent.width
                        wrapMode: Text.Wrap
                        text: qsTr("Card reader simulator (demo): insert a test card")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.spacing / 2
                        Repeater {
                            model: view.simulated ? view.payment.simulator.cards : []
                            KioskButton {
                                required property string modelData
                                objectName: "testCard_" + modelData
                                text: modelData
                                onClicked: view.payment.simulator.insert(modelData)
                            }
                        }
                    }
                }

                PinPadSimulator {
                    visible: view.payment.phase === PaymentController.WaitingForPin
                    simulator: view.payment.simulator
                }
            }
        }
    }
}
