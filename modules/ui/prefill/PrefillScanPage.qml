pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as Controls
import BranchSuite.Controls
import BranchSuite.Keyboard
import BranchSuite.Shell
import BranchSuite.Prefill

// "Scan my e-Tongban code": the camera's picture with a frame to aim at, and
// the 9-digit short code for a customer whose phone shows no QR code. What
// is read, refused or opened is PrefillScanController's.
Item {
    id: page

    required property ShellController shell
    required property PrefillScanController scan

    objectName: "prefillScanPage"

    property bool keyboardActive: false
    readonly property bool typing: codeField.activeFocus && page.shell.onScreenKeyboard

    Timer {
        id: refocusLater
        interval: 0
        onTriggered: {
            codeField.focus = false
            codeField.forceActiveFocus()
        }
    }

    // Care mode reads the page and its message, and again whenever the
    // message changes: a code being read, each refusal, no camera (type the
    // code). The form opened from a code says so itself (FlowPage). The
    // sentences are the ones this screen shows.
    PageSpeech {
        text: qsTr("%1. %2").arg(header.title).arg(page.scan.message)
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: qsTr("Scan my e-Tongban code")
        subtitle: qsTr("Filled in on your phone? Show us the code and check your form here.")
        onBackClicked: page.shell.goHome()
    }

    Item {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin

        // The camera's picture; while the code is typed it makes room for the keyboard.
        Rectangle {
            id: previewBox
            objectName: "prefillPreview"
            visible: page.scan.cameraAvailable && !page.typing
            anchors.left: parent.left
            anchors.top: parent.top
            // The camera's own shape once a picture came; 4:3 until then.
            readonly property real aspect: cameraPicture.sourceSize.height > 0
                                           ? cameraPicture.sourceSize.width / cameraPicture.sourceSize.height : 4 / 3
            width: visible ? Math.min(parent.width * 0.55, parent.height * aspect) : 0
            height: width / aspect
            radius: Theme.radius
            color: "#000000"
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Camera picture: hold your phone's QR code inside the frame")

            Image {
                id: cameraPicture
                anchors.fill: parent
                anchors.margins: Theme.borderWidth
                fillMode: Image.PreserveAspectFit
                cache: false
                asynchronous: false
                source: page.scan.scanning ? "image://prefillpreview/" + page.scan.previewSequence : ""
            }
            // Where to hold the code: a square in the middle, drawn in white
            // and black so it shows on any picture.
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height) * 0.6
                height: width
                color: "transparent"
                border.width: 6
                border.color: "#FFFFFF"
                radius: Theme.radius
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 6
                    color: "transparent"
                    border.width: 2
                    border.color: "#000000"
                    radius: Theme.radius
                }
            }
        }

        Column {
            id: side
            anchors.left: previewBox.visible ? previewBox.right : parent.left
            anchors.leftMargin: previewBox.visible ? Theme.margin : 0
            anchors.right: parent.right
            anchors.top: parent.top
            spacing: Theme.spacing

            Rectangle {
                width: parent.width
                height: messageText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: page.scan.refused ? Theme.bannerBackground : Theme.surface
                border.width: Theme.borderWidth
                border.color: page.scan.refused ? Theme.bannerBorder : Theme.border

                Text {
                    id: messageText
                    objectName: "prefillMessage"
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    wrapMode: Text.Wrap
                    text: page.scan.message
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: page.scan.refused
                    color: Theme.text
                    Accessible.role: page.scan.refused ? Accessible.AlertMessage : Accessible.StaticText
                    Accessible.name: text
                }
            }

            Text {
                width: parent.width
                wrapMode: Text.Wrap
                text: page.scan.cameraAvailable ? qsTr("Or type the 9-digit code") : qsTr("The 9-digit code")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }

            Row {
                width: parent.width
                spacing: Theme.spacing

                Controls.TextField {
                    id: codeField
                    objectName: "prefillCodeField"
                    width: parent.width - openButton.width - Theme.spacing
                    height: Theme.touchTarget
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTile
                    maximumLength: 11 // 9 digits, and the spaces the phone shows them with
                    placeholderText: qsTr("e.g. 123 456 789")
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                    enabled: !page.scan.reading
                    onActiveFocusChanged: {
                        if (activeFocus && page.shell.onScreenKeyboard)
                            page.keyboardActive = true
                    }
                    onAccepted: page.scan.enterShortCode(text)
                    Accessible.name: qsTr("The 9-digit code under your QR code")
                }
                KioskButton {
                    id: openButton
                    objectName: "prefillOpenButton"
                    primary: true
                    enabled: page.scan.shortCodeComplete(codeField.text) && !page.scan.reading
                    text: qsTr("Open my form")
                    onClicked: {
                        codeField.focus = false
                        page.scan.enterShortCode(codeField.text)
                    }
                }
            }
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
            name: "prefillKeyboard"
            language: page.shell.language
            care: Theme.care
            field: codeField.activeFocus ? codeField : null
            maxHeight: page.height * 0.45
            wanted: codeField.activeFocus
            onNeedsFocusAgain: refocusLater.restart()
        }
    }
}
