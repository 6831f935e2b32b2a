pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Form

// Every answer once more, in full and grouped for reading, before anything is
// saved; "Change" beside an answer goes back to its question.
Item {
    id: view

    required property FormController flow

    objectName: "reviewView"

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: footer.top
        anchors.bottomMargin: Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Flickable {
            id: flick
            objectName: "reviewFlickable"
            anchors.fill: parent
            anchors.margins: Theme.spacing * 1.5
            contentHeight: lines.height
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: lines
                width: flick.width
                spacing: Theme.spacing

                Repeater {
                    model: view.flow.review
                    Row {
                        id: line
                        required property string fieldId
                        required property string label
                        required property string value
                        required property bool editable
                        objectName: "reviewLine_" + fieldId
                        width: lines.width
                        spacing: Theme.spacing
                        Accessible.role: Accessible.StaticText
                        Accessible.name: label + ": " + value

                        Text {
                            width: (parent.width - edit.width) * 0.4
                            anchors.verticalCenter: parent.verticalCenter
                            wrapMode: Text.Wrap
                            text: line.label
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                        }
                        Text {
                            objectName: "reviewValue_" + line.fieldId
                            width: (parent.width - edit.width) * 0.6 - 2 * Theme.spacing
                            anchors.verticalCenter: parent.verticalCenter
                            wrapMode: Text.Wrap
                            text: line.value
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                        }
                        KioskButton {
                            id: edit
                            objectName: "reviewEdit_" + line.fieldId
                            opacity: line.editable ? 1 : 0
                            enabled: line.editable
                            text: qsTr("Change")
                            Accessible.name: qsTr("Change %1").arg(line.label)
                            onClicked: view.flow.editField(line.fieldId)
                        }
                    }
                }

                Text {
                    objectName: "reviewAmount"
                    width: parent.width
                    visible: view.flow.amountText.length > 0
                    text: qsTr("Amount: %1").arg(view.flow.amountText)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }

                Text {
                    objectName: "reviewNotes"
                    width: parent.width
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    text: view.flow.counterNotesText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
    }

    Item {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(confirm.height, error.implicitHeight)

        Text {
            id: error
            objectName: "submitError"
            anchors.left: parent.left
            anchors.right: confirm.left
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            visible: text.length > 0 && !view.flow.busy
            wrapMode: Text.Wrap
            text: view.flow.submitError
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.primary
        }

        SubmitStatus {
            anchors.left: parent.left
            anchors.right: confirm.left
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            flow: view.flow
        }

        KioskButton {
            id: confirm
            objectName: "reviewConfirmButton"
            anchors.right: parent.right
            width: Math.max(implicitWidth, 280)
            primary: true
            text: view.flow.confirmText
            enabled: !view.flow.busy
            opacity: enabled ? 1 : 0.5
            onClicked: view.flow.confirmReview()
        }
    }
}
