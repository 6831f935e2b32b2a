pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell
import BranchSuite.Fraud

// The anti-fraud stop over the review (the form's "flowGuard" slot). Shown
// and read aloud, in any mode, when FraudController holds the commit; what
// matched and what may be done next are the controller's.
Rectangle {
    id: warning

    required property FraudController fraud

    objectName: "fraudWarning"
    visible: warning.fraud.active
    color: Theme.background
    border.width: Theme.borderWidth * 2
    border.color: Theme.primary
    radius: Theme.radius

    // Taps must not reach the review underneath.
    MouseArea {
        anchors.fill: parent
        enabled: warning.visible
    }

    // Read from the controller when said, not through a binding that may not
    // have caught up with the reasons yet.
    function spokenText() {
        return qsTr("Please stop. This may be a scam. %1 Do not send money to someone you have not met because of a call or a message. You can wait and think it over, or ask a member of staff.")
            .arg(warning.fraud.reasonsText)
    }

    // Said when it appears, in any mode: it is for someone who may not read it.
    onVisibleChanged: {
        if (warning.visible)
            Speaker.offer(warning.spokenText())
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: column.implicitHeight
        clip: true

        Column {
            id: column
            width: scroller.width
            spacing: Theme.spacing

            Text {
                objectName: "fraudTitle"
                width: parent.width
                text: qsTr("Stop: this may be a scam")
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Text {
                width: parent.width
                text: qsTr("What you entered matches what scammers ask for:")
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Repeater {
                model: warning.fraud.reasons
                Text {
                    required property int index
                    required property string modelData
                    objectName: "fraudReason_" + index
                    width: column.width
                    text: "\u2022 " + modelData
                    wrapMode: Text.Wrap
                    lineHeight: 1.3
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData
                }
            }

            Text {
                width: parent.width
                text: qsTr("Nobody from the police, a court or the bank will ever ask you to send money here. If someone is telling you what to do on the phone now, hang up.")
                wrapMode: Text.Wrap
                lineHeight: 1.3
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Text {
                objectName: "fraudCountdown"
                width: parent.width
                visible: warning.fraud.coolingOff
                text: warning.fraud.canConfirm
                      ? qsTr("You have waited. If you are sure, you may send the money now.")
                      : qsTr("Please take %n second(s) to think it over.", "", warning.fraud.secondsLeft)
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Text {
                objectName: "fraudNotice"
                width: parent.width
                visible: warning.fraud.notice !== ""
                text: warning.fraud.notice
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
                onTextChanged: {
                    if (text !== "")
                        Speaker.offer(text)
                }
            }

            Flow {
                width: parent.width
                spacing: Theme.spacing

                KioskButton {
                    objectName: "fraudCancel"
                    primary: true
                    text: qsTr("Do not send")
                    onClicked: warning.fraud.cancel()
                }
                KioskButton {
                    objectName: "fraudWait"
                    visible: !warning.fraud.coolingOff
                    text: qsTr("Wait, then decide myself")
                    onClicked: warning.fraud.startCoolingOff()
                }
                KioskButton {
                    objectName: "fraudConfirm"
                    visible: warning.fraud.canConfirm
                    text: qsTr("I am sure: send it")
                    onClicked: warning.fraud.confirm()
                }
                KioskButton {
                    objectName: "fraudStaff"
                    text: qsTr("A member of staff confirms")
                    onClicked: warning.fraud.staffConfirm()
                }
                KioskButton {
                    objectName: "fraudRemoteTeller"
                    text: qsTr("Talk to a remote teller")
                    onClicked: warning.fraud.askRemoteTeller()
                }
            }
        }
    }
}
