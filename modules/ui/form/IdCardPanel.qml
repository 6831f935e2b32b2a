pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Form
import BranchSuite.Shell

// "Read my ID card" above a form's fields. Only shown where the service's form
// has fields a card fills and the kiosk has a reader; what it says and does
// is IdCardController's.
Rectangle {
    id: panel

    objectName: "idCardPanel"
    visible: IdCardController.available

    // A holder of 65 or over hears the offer, whatever the mode: the large
    // text it offers is for someone who may not read this one.
    Connections {
        target: IdCardController
        function onStateChanged() {
            if (IdCardController.careOffered && !panel.offerSpoken)
                Speaker.offer(qsTr("Your ID card shows you are 65 or over. Would you like care mode, with large text and a voice that reads each step? Tap Switch to care mode."))
            panel.offerSpoken = IdCardController.careOffered
        }
    }
    property bool offerSpoken: false
    implicitHeight: visible ? content.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: IdCardController.refused ? Theme.bannerBackground : Theme.background
    border.width: Theme.borderWidth
    border.color: IdCardController.refused ? Theme.bannerBorder : Theme.border

    Column {
        id: content
        x: Theme.spacing
        y: Theme.spacing
        width: panel.width - 2 * Theme.spacing
        spacing: Theme.spacing / 2

        Text {
            objectName: "idCardMessage"
            // In care mode the button alone says it until something happens:
            // a one-question page has no room for an explanation too.
            visible: !Theme.care || IdCardController.reading || IdCardController.refused
                     || IdCardController.filled
            width: parent.width
            wrapMode: Text.Wrap
            text: IdCardController.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: IdCardController.refused
            color: Theme.text
            Accessible.role: IdCardController.refused ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }

        Flow {
            width: parent.width
            spacing: Theme.spacing

            KioskButton {
                objectName: "idCardReadButton"
                // Once the card has filled the form, the message says so; the
                // button stays for another card in normal mode only.
                visible: !IdCardController.reading && !(Theme.care && IdCardController.filled)
                primary: true
                text: qsTr("Read my ID card")
                onClicked: IdCardController.read()
            }
            KioskButton {
                objectName: "idCardCancelButton"
                visible: IdCardController.reading
                text: qsTr("Stop reading")
                onClicked: IdCardController.cancel()
            }
            KioskButton {
                objectName: "careModeAcceptButton"
                visible: IdCardController.careOffered
                primary: true
                text: qsTr("Switch to care mode (large text)")
                onClicked: IdCardController.acceptCareMode()
            }
            KioskButton {
                objectName: "careModeDeclineButton"
                visible: IdCardController.careOffered
                text: qsTr("No, thanks")
                onClicked: IdCardController.declineCareMode()
            }
        }

        // The simulator's demo cards, for demos without a real card: each
        // button lays one card on the simulated reader.
        Flow {
            objectName: "idCardSimulator"
            visible: IdCardController.reading && IdCardController.simulatedCards.length > 0
            width: parent.width
            spacing: Theme.spacing / 2

            Text {
                text: qsTr("Reader simulator (demo): place a card")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
            }
            Repeater {
                model: IdCardController.simulatedCards
                KioskButton {
                    required property string modelData
                    objectName: "idCardDemo_" + modelData
                    text: modelData
                    onClicked: IdCardController.placeSimulated(modelData)
                }
            }
        }
    }
}
