pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as Controls
import BranchSuite.Controls
import BranchSuite.Form
import BranchSuite.Keyboard
import BranchSuite.Shell
import BranchSuite.Staff

// The authorize step: the amount is above the service's limit, so a
// supervisor comes to the kiosk and types their staff id and password or
// PIN. Core checks them, the role and dual control, and signs; every refusal
// is worded by SupervisorApproval. The customer is told what is happening.
Item {
    id: view

    required property ShellController shell
    required property AuthorizationController authorization
    required property FormController flow

    objectName: "authorizeView"

    property bool keyboardActive: false
    readonly property var focusedField: staffIdField.activeFocus ? staffIdField
                                        : secretField.activeFocus ? secretField : null

    function submit() {
        view.authorization.authorize(staffIdField.text, secretField.text)
        secretField.text = ""
    }

    PageSpeech {
        text: qsTr("%1 of %2 needs a supervisor's authorization. Please wait for a staff member.")
              .arg(view.authorization.serviceName).arg(view.authorization.amountText)
    }
    property string spokenAlert
    Connections {
        target: view.authorization
        function onChanged() {
            const message = view.authorization.errorText
            if (message.length > 0 && message !== view.spokenAlert)
                Speaker.alert(message)
            view.spokenAlert = message
        }
    }

    Timer {
        id: refocusLater
        interval: 0
        property var target: null
        onTriggered: {
            if (!target)
                return
            target.focus = false
            target.forceActiveFocus()
        }
    }

    // A Repeater rather than a Loader: Qt 6.4's Loader cannot make a bound component.
    Repeater {
        model: view.keyboardActive ? 1 : 0
        KioskKeyboard {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            z: 10
            name: "authorizeKeyboard"
            language: view.shell.language
            care: Theme.care
            field: view.focusedField
            maxHeight: view.height * 0.45
            wanted: view.focusedField !== null
            onNeedsFocusAgain: {
                refocusLater.target = view.focusedField
                refocusLater.restart()
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Flickable {
            objectName: "authorizeScroller"
            anchors.fill: parent
            anchors.margins: Theme.margin
            clip: true
            contentWidth: width
            contentHeight: content.height
            // The keyboard covers the lower part: the fields stay above it.
            bottomMargin: view.keyboardActive ? view.height * 0.45 : 0

            Column {
                id: content
                width: parent.width
                spacing: Theme.spacing

                Text {
                    width: parent.width
                    text: qsTr("Staff authorization needed")
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Text {
                    objectName: "authorizeSummary"
                    width: parent.width
                    text: qsTr("%1 of %2 is above the amount this kiosk may accept alone. A supervisor must "
                               + "authorize it here; please wait, a staff member is on the way.")
                          .arg(view.authorization.serviceName).arg(view.authorization.amountText)
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    Accessible.name: text
                }

                Text {
                    objectName: "authorizeError"
                    width: parent.width
                    visible: text.length > 0
                    text: view.authorization.errorText
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.primary
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }

                Text {
                    text: qsTr("Supervisor's staff id")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }

                Controls.TextField {
                    id: staffIdField
                    objectName: "authorizeStaffId"
                    width: Math.min(parent.width, 640)
                    height: Theme.touchTarget
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    maximumLength: 32
                    placeholderText: qsTr("e.g. S0042")
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhLatinOnly
                    onActiveFocusChanged: {
                        if (activeFocus && view.shell.onScreenKeyboard)
                            view.keyboardActive = true
                    }
                    onAccepted: secretField.forceActiveFocus()
                    Accessible.name: qsTr("Supervisor's staff id")
                }

                Text {
                    text: qsTr("Password or PIN")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }

                Controls.TextField {
                    id: secretField
                    objectName: "authorizeSecret"
                    width: Math.min(parent.width, 640)
                    height: Theme.touchTarget
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    maximumLength: 64
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                                      | Qt.ImhHiddenText | Qt.ImhLatinOnly
                    onActiveFocusChanged: {
                        if (activeFocus && view.shell.onScreenKeyboard)
                            view.keyboardActive = true
                    }
                    onAccepted: view.submit()
                    Accessible.name: qsTr("Password or PIN")
                }

                Flow {
                    width: parent.width
                    spacing: Theme.spacing

                    KioskButton {
                        objectName: "authorizeButton"
                        primary: true
                        enabled: !view.authorization.busy
                        text: view.authorization.busy ? qsTr("Checking with the bank…") : qsTr("Authorize")
                        onClicked: view.submit()
                    }

                    KioskButton {
                        objectName: "authorizeBack"
                        enabled: !view.authorization.busy
                        text: qsTr("Back")
                        onClicked: view.authorization.cancel()
                    }
                }
            }
        }
    }
}
