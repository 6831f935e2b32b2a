import QtQuick
import QtQuick.Controls.Basic as Controls
import BranchSuite.Controls
import BranchSuite.Form

// One form field, drawn by its type. Every change goes straight to the
// FormController, which checks it and hands back the error to show below.
Column {
    id: input

    required property var field
    required property FormController flow

    readonly property string fieldId: field.id
    readonly property string type: field.type
    readonly property string error: flow.errors[fieldId] || ""
    readonly property string current: flow.texts[fieldId] || ""
    readonly property bool typed: ["enum", "consent", "document", "signature"].indexOf(type) < 0

    objectName: "fieldBox_" + fieldId
    spacing: 6

    Text {
        objectName: "fieldLabel_" + input.fieldId
        width: parent.width
        wrapMode: Text.Wrap
        text: input.field.label + (input.field.required ? "" : "  " + qsTr("(optional)"))
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
    }

    Text {
        width: parent.width
        wrapMode: Text.Wrap
        visible: text.length > 0 && !input.field.readOnly
        text: input.field.help
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }

    // Values the kiosk filled in (a bill amount, a looked-up account).
    Text {
        objectName: "fieldValue_" + input.fieldId
        visible: input.typed && input.field.readOnly
        width: parent.width
        text: input.current
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: input.field.label + ": " + text
    }

    Row {
        visible: input.typed && !input.field.readOnly
        width: parent.width
        spacing: Theme.spacing

        Text {
            visible: input.type === "money"
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("CNY")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        Controls.TextField {
            id: editor
            objectName: "field_" + input.fieldId
            width: Math.min(parent.width - (input.type === "money" ? 80 : 0), 720)
            height: Theme.touchTarget
            enabled: input.typed && !input.field.readOnly
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            maximumLength: input.field.maxLength > 0 ? input.field.maxLength : 200
            placeholderText: {
                if (input.type === "date")
                    return input.field.monthOnly ? qsTr("YYYY-MM") : qsTr("YYYY-MM-DD")
                if (input.type === "money")
                    return qsTr("Amount in yuan, e.g. 120.50")
                return ""
            }
            // They choose the on-screen keyboard's pad (see KioskKeyboard.qml).
            inputMethodHints: {
                if (["number", "bank_card", "mobile"].indexOf(input.type) >= 0)
                    return Qt.ImhDigitsOnly
                if (input.type === "money")
                    return Qt.ImhFormattedNumbersOnly
                if (input.type === "date")
                    return Qt.ImhFormattedNumbersOnly | Qt.ImhDate
                if (input.type === "resident_id")
                    return Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                if (input.type === "uscc")
                    return Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                return Qt.ImhNone
            }
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: editor.activeFocus ? Theme.borderWidth + 2 : Theme.borderWidth + 1
                border.color: input.error.length > 0 ? Theme.primary
                              : editor.activeFocus ? Theme.text : Theme.border
            }
            Accessible.name: input.field.label
            Component.onCompleted: text = input.current
            onTextEdited: input.flow.setText(input.fieldId, text)
        }
    }

    Flow {
        visible: input.type === "enum"
        width: parent.width
        spacing: Theme.spacing

        Repeater {
            model: input.type === "enum" ? input.field.options : []
            KioskButton {
                required property var modelData
                objectName: "option_" + input.fieldId + "_" + modelData.value
                width: Math.max(implicitWidth, 200)
                height: Theme.touchTarget
                checkable: true
                checked: input.current === modelData.value
                text: modelData.label
                onClicked: input.flow.setChoice(input.fieldId, modelData.value)
            }
        }
    }

    KioskButton {
        objectName: "field_" + input.fieldId
        visible: input.type === "consent"
        checkable: true
        checked: input.current === "true"
        text: qsTr("I agree")
        onClicked: input.flow.setChecked(input.fieldId, !checked)
    }

    Column {
        visible: input.type === "document"
        width: parent.width
        spacing: 6

        Text {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Photos cannot be taken at this screen yet. Please show the original to staff at the counter.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        KioskButton {
            objectName: "field_" + input.fieldId
            checkable: true
            checked: input.current === "true"
            text: qsTr("I will show the original to staff")
            onClicked: input.flow.presentOriginal(input.fieldId)
        }
    }

    Text {
        visible: input.type === "signature"
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
}
