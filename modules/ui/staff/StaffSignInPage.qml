pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as Controls
import BranchSuite.Controls
import BranchSuite.Keyboard
import BranchSuite.Shell
import BranchSuite.Staff

// Staff sign in before the staff page: staff id and password (or PIN), typed
// on the on-screen keyboard. After 15 minutes idle the same member is asked
// for the password again. Every refusal's wording comes from C++
// (StaffSignIn::messageFor): wrong password, locked, offline and expired.
Item {
    id: page

    required property ShellController shell
    required property StaffSignInController signIn

    objectName: "staffSignInPage"

    property bool keyboardActive: false
    readonly property var focusedField: staffIdField.activeFocus ? staffIdField
                                        : secretField.activeFocus ? secretField : null

    function submit() {
        page.signIn.signIn(staffIdField.text, secretField.text)
        secretField.text = ""
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
        model: page.keyboardActive ? 1 : 0
        KioskKeyboard {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            z: 10
            name: "staffSignInKeyboard"
            language: page.shell.language
            care: Theme.care
            field: page.focusedField
            maxHeight: page.height * 0.45
            wanted: page.focusedField !== null
            onNeedsFocusAgain: {
                refocusLater.target = page.focusedField
                refocusLater.restart()
            }
        }
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: page.signIn.reauthenticating ? qsTr("Staff: enter your password again") : qsTr("Staff sign-in")
        subtitle: page.signIn.reauthenticating ? qsTr("You were away for more than 15 minutes.")
                                               : qsTr("Sign in with your staff id and password or PIN.")
        onBackClicked: page.shell.goHome()
    }

    Column {
        id: form
        anchors.top: header.bottom
        anchors.topMargin: Theme.spacing
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        spacing: Theme.spacing

        Text {
            objectName: "staffSignInError"
            width: parent.width
            visible: text.length > 0
            text: page.signIn.errorText
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.primary
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        Text {
            text: qsTr("Staff id")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        Controls.TextField {
            id: staffIdField
            objectName: "staffSignInId"
            width: parent.width
            height: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            maximumLength: 32
            readOnly: page.signIn.reauthenticating
            text: page.signIn.memberId
            placeholderText: qsTr("e.g. S0042")
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhLatinOnly
            onActiveFocusChanged: {
                if (activeFocus && page.shell.onScreenKeyboard)
                    page.keyboardActive = true
            }
            onAccepted: secretField.forceActiveFocus()
            Accessible.name: qsTr("Staff id")
        }

        Text {
            text: qsTr("Password or PIN")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        Controls.TextField {
            id: secretField
            objectName: "staffSignInSecret"
            width: parent.width
            height: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            maximumLength: 64
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                              | Qt.ImhHiddenText | Qt.ImhLatinOnly
            onActiveFocusChanged: {
                if (activeFocus && page.shell.onScreenKeyboard)
                    page.keyboardActive = true
            }
            onAccepted: page.submit()
            Accessible.name: qsTr("Password or PIN")
        }

        Row {
            spacing: Theme.spacing

            KioskButton {
                objectName: "staffSignInButton"
                primary: true
                enabled: !page.signIn.busy
                text: page.signIn.busy ? qsTr("Signing in…") : qsTr("Sign in")
                onClicked: page.submit()
            }

            KioskButton {
                objectName: "staffSignInSignOut"
                visible: page.signIn.reauthenticating
                text: qsTr("Sign out")
                onClicked: page.signIn.signOut()
            }
        }
    }
}
