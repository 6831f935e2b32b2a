pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as Controls
import BranchSuite.Controls
import BranchSuite.Form

// One form field, drawn by its kind. Every role comes decided from
// FieldListModel (which control, which keyboard pad, placeholder, the care
// label); every change goes straight to the FormController, which checks it
// and hands back the error to show below.
Column {
    id: input

    required property FormController flow
    // The roles of FieldListModel.
    required property string fieldId
    required property string heading
    required property string label
    required property string help
    required property int kind
    required property int inputHints
    required property string placeholder
    required property string unit
    required property int maxLength
    required property bool locked
    required property string value
    required property bool checked
    required property string error
    // The error only warns: the customer checks the value and confirms it.
    required property bool warning
    // The punctuation keys the field accepts, for the on-screen keyboard.
    required property string punctuation
    // A list of fieldOption; Qt 6.4's QML cannot declare list<fieldOption>.
    required property var options

    readonly property bool typed: kind === FieldListModel.Text

    objectName: "fieldBox_" + fieldId
    spacing: 6

    Text {
        objectName: "fieldLabel_" + input.fieldId
        width: parent.width
        wrapMode: Text.Wrap
        text: input.heading
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
    }


    // Values the kiosk filled in (a bill amount, a looked-up account).
    Text {
        objectName: "fieldValue_" + input.fieldId
        visible: input.typed && input.locked
        width: parent.width
        text: input.value
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: input.label + ": " + text
    }

    Row {
        visible: input.typed && !input.locked
        width: parent.width
        spacing: Theme.spacing

        Text {
            id: unitText
            visible: text.length > 0
            anchors.verticalCenter: parent.verticalCenter
            text: input.unit
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        Controls.TextField {
            id: editor
            objectName: "field_" + input.fieldId
            width: Math.min(parent.width - (unitText.visible ? 80 : 0), 720)
            height: Theme.touchTarget
            enabled: input.typed && !input.locked
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            maximumLength: input.maxLength
            placeholderText: input.placeholder
            // They choose the on-screen keyboard's pad (see KioskKeyboard.qml).
            inputMethodHints: input.inputHints
            // Read by the keyboard's layout (layouts/QwertyLayout.qml).
            readonly property string punctuation: input.punctuation
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: editor.activeFocus ? Theme.borderWidth + 2 : Theme.borderWidth + 1
                border.color: input.error.length > 0 ? Theme.primary
                              : editor.activeFocus ? Theme.text : Theme.border
            }
            Accessible.name: input.label
            Component.onCompleted: text = input.value
            onTextEdited: input.flow.setText(input.fieldId, text)
            // A value put in from outside (the ID card, a prefill) shows too;
            // what the customer types comes back equal and leaves the cursor be.
            Connections {
                target: input
                function onValueChanged() {
                    if (editor.text !== input.value)
                        editor.text = input.value
                }
            }
            // Enter is done typing: the keyboard goes, the page shows again.
            onAccepted: focus = false
        }
    }

    Flow {
        visible: input.kind === FieldListModel.Choice
        width: parent.width
        spacing: Theme.spacing

        Repeater {
            model: input.options
            KioskButton {
                required property fieldOption modelData
                objectName: "option_" + input.fieldId + "_" + modelData.value
                width: Math.max(implicitWidth, 200)
                height: Theme.touchTarget
                checkable: true
                checked: input.value === modelData.value
                text: modelData.label
                onClicked: input.flow.setChoice(input.fieldId, modelData.value)
            }
        }
    }

    KioskButton {
        objectName: "field_" + input.fieldId
        visible: input.kind === FieldListModel.Consent
        checkable: true
        checked: input.checked
        text: qsTr("I agree")
        onClicked: input.flow.setChecked(input.fieldId, !input.checked)
    }

    Column {
        id: documentColumn
        visible: input.kind === FieldListModel.Document
        width: parent.width
        spacing: 6
        // A photo the customer took on the phone, or nothing.
        readonly property string thumbnail: input.kind === FieldListModel.Document && input.checked
                                            ? input.flow.documentThumbnailSource(input.fieldId) : ""

        Text {
            width: parent.width
            wrapMode: Text.Wrap
            text: documentColumn.thumbnail !== ""
                  ? qsTr("The photo you took on your phone. Please check that it shows the whole document.")
                  : qsTr("Photos cannot be taken at this screen yet. Please show the original to staff at the counter.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Image {
            objectName: "thumbnail_" + input.fieldId
            visible: documentColumn.thumbnail !== ""
            source: documentColumn.thumbnail
            height: visible ? (Theme.care ? 240 : 180) : 0
            width: Math.min(parent.width, height * 4 / 3)
            fillMode: Image.PreserveAspectFit
            cache: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Photo of the document, from your phone")
        }
        KioskButton {
            objectName: "field_" + input.fieldId
            visible: documentColumn.thumbnail === ""
            checkable: true
            checked: input.checked
            text: qsTr("I will show the original to staff")
            onClicked: input.flow.presentOriginal(input.fieldId)
        }
    }

    Text {
        visible: input.kind === FieldListModel.PaperSignature
        width: parent.width
        wrapMode: Text.Wrap
        text: qsTr("This second signature is taken on paper by staff at the counter.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }

    Text {
        objectName: "fieldError_" + input.fieldId
        width: parent.width
        visible: text.length > 0
        wrapMode: Text.Wrap
        text: input.error
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.primary
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    KioskButton {
        objectName: "confirmWarning_" + input.fieldId
        visible: input.warning
        text: qsTr("It is correct")
        Accessible.description: input.error
        onClicked: input.flow.confirmWarning(input.fieldId)
    }

    // How to answer; below the answer, so the question, the field and its
    // error stay together above the keyboard.
    Text {
        objectName: "fieldHelp_" + input.fieldId
        width: parent.width
        wrapMode: Text.Wrap
        visible: text.length > 0 && !input.locked
        text: input.help
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
}
