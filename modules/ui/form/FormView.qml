pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Form

// The fields of one form page (one question in care mode) and "Next".
Item {
    id: view

    required property FormController flow
    // The on-screen keyboard is up: in care mode "Next" makes way for the
    // question (Enter or "Hide keyboard" brings it back).
    property bool typing: false

    objectName: "formView"

    // Scrolls the focused field into view: tapped near the bottom, it would
    // otherwise sit under the keyboard that just opened.
    function reveal() {
        const item = Window.activeFocusItem
        let box = null
        let inside = false
        for (let p = item; p && !inside; p = p.parent) {
            if (!box && p.objectName.startsWith("fieldBox_"))
                box = p
            inside = p === fields
        }
        if (inside)
            view.showBox(box, item)
    }

    // The question, its field and its error line together: from the label's
    // top to the error's bottom (the help below may be cut), or the field
    // alone when even that is taller than the view.
    function showBox(box, item) {
        const fieldId = box ? box.objectName.substring("fieldBox_".length) : ""
        const label = box ? view.child(box, "fieldLabel_" + fieldId) : null
        const error = box ? view.child(box, "fieldError_" + fieldId) : null
        const top = label ? label.mapToItem(fields, 0, 0).y - Theme.spacing / 2 : item.mapToItem(fields, 0, 0).y
        const last = error && error.visible ? error : item
        let bottom = last.mapToItem(fields, 0, last.height).y + Theme.spacing / 2
        if (bottom - top > flick.height)
            bottom = item.mapToItem(fields, 0, item.height).y
        const maxY = Math.max(0, fields.height - flick.height)
        if (top < flick.contentY || bottom - top > flick.height)
            flick.contentY = Math.min(maxY, Math.max(0, top))
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(maxY, bottom - flick.height)
    }

    function child(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = view.child(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    // "Next" stopped at a field: scroll to it, and give it focus when it takes text.
    function showError(fieldId) {
        const box = view.child(fields, "fieldBox_" + fieldId)
        if (!box)
            return
        const input = view.child(box, "field_" + fieldId)
        if (input && input.inputMethodHints !== undefined && input.enabled)
            input.forceActiveFocus()
        view.showBox(box, input && input.visible ? input : box)
    }

    // After the page has laid out the error line it just got.
    property string pendingField
    Timer {
        id: showLater
        interval: 0
        onTriggered: view.showError(view.pendingField)
    }

    Connections {
        target: view.flow
        function onErrorShown(fieldId) {
            view.pendingField = fieldId
            showLater.restart()
        }
        function onEditRequested(fieldId) {
            view.pendingField = fieldId
            showLater.restart()
        }
    }

    Connections {
        target: IdCardController
        function onResultShown() { flick.contentY = 0 }
    }

    // After the focus change and the layout it causes have settled.
    Timer {
        id: revealLater
        interval: 0
        onTriggered: view.reveal()
    }

    Connections {
        target: view.Window.window
        function onActiveFocusItemChanged() { revealLater.restart() }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: next.visible ? next.top : parent.bottom
        anchors.bottomMargin: next.visible ? Theme.spacing : 0
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Flickable {
            id: flick
            objectName: "formFlickable"
            anchors.fill: parent
            anchors.margins: view.typing && Theme.care ? Theme.spacing / 2 : Theme.spacing * 1.5
            contentHeight: fields.height
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            onHeightChanged: revealLater.restart()

            Column {
                id: fields
                width: flick.width
                spacing: Theme.spacing * 1.5

                // Opened from an e-Tongban code: the answers came from the
                // customer's phone, and the customer checks them here.
                Rectangle {
                    objectName: "prefilledNotice"
                    visible: view.flow.prefilled && !view.typing
                    width: fields.width
                    height: visible ? prefilledText.implicitHeight + 2 * Theme.spacing : 0
                    radius: Theme.radius
                    color: Theme.background
                    border.width: Theme.borderWidth
                    border.color: Theme.border

                    Text {
                        id: prefilledText
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        wrapMode: Text.Wrap
                        text: qsTr("Your answers from the phone are filled in. Please check each page before you sign.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }

                // Out of the way while the keyboard is up: the question being
                // typed needs the room (tst_formkeyboard, care at 1280x800).
                IdCardPanel {
                    width: fields.width
                    visible: IdCardController.available && !view.typing
                }

                // What the bill look-up found: who is paid, whose account
                // (masked as the biller gives it), and each bill of the sum.
                Column {
                    objectName: "billSummary"
                    visible: view.flow.billPayee.length > 0
                    width: fields.width
                    spacing: 4

                    Text {
                        objectName: "billPayee"
                        width: parent.width
                        wrapMode: Text.Wrap
                        text: qsTr("Payee: %1").arg(view.flow.billPayee)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        objectName: "billHolder"
                        width: parent.width
                        visible: view.flow.billHolder.length > 0
                        text: qsTr("Account holder: %1").arg(view.flow.billHolder)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Repeater {
                        model: view.flow.bills
                        Text {
                            required property billLine modelData
                            required property int index
                            objectName: "billLine_" + index
                            width: fields.width
                            wrapMode: Text.Wrap
                            text: modelData.period + "   " + modelData.due + "   " + modelData.amount
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                    }
                    Text {
                        objectName: "billTotal"
                        visible: text.length > 0
                        text: view.flow.billTotal
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                }

                Repeater {
                    model: view.flow.fields
                    FieldInput {
                        width: fields.width
                        flow: view.flow
                    }
                }
            }
        }
    }

    KioskButton {
        id: next
        objectName: "formNextButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Math.max(implicitWidth, 280)
        visible: !(view.typing && Theme.care)
        primary: true
        text: view.flow.nextText
        onClicked: view.flow.next()
    }
}
