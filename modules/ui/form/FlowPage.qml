import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell
import BranchSuite.Form
import BranchSuite.Keyboard

// A started service: bill look-up, form pages, review, signature, receipt.
// Which one shows is the FormController's stage.
Item {
    id: page

    required property ShellController shell
    required property FormController flow
    required property KioskSession session

    objectName: "flowPage"

    // The text field on this page that has focus, if any: the keyboard serves it.
    // "var", not "Item": Qt 6.4's qmlcachegen crashes compiling refocus() otherwise.
    readonly property var editor: page.textFieldOnPage(Window.activeFocusItem)
    // Set by the keyboard once it is loaded (a Loader's item is only a QtObject to qmllint).
    property bool keyboardShown: false

    function textFieldOnPage(item) {
        if (!item || item.inputMethodHints === undefined)
            return null
        let inside = false
        for (let p = item; p && !inside; p = p.parent)
            inside = p === page
        return inside ? item : null
    }

    // The keyboard learns of focus only when it changes: a field that had
    // focus before the keyboard existed takes it again.
    function refocus() {
        const item = page.editor
        if (!item)
            return
        item.focus = false
        item.forceActiveFocus()
    }

    // Once the keyboard has finished handling the event that asked for it.
    Timer {
        id: refocusLater
        interval: 0
        onTriggered: page.refocus()
    }

    // Loaded with the first field that takes focus, like the search keyboard.
    onEditorChanged: {
        if (editor && page.shell.onScreenKeyboard)
            keyboardLoader.active = true
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: page.flow.serviceName
        subtitle: page.flow.stepText
        // Hidden while typing: the form needs the room ("Hide keyboard" brings it back).
        visible: page.flow.stage !== FormController.Receipt && !page.keyboardShown
        onBackClicked: {
            if (!page.flow.back())
                page.shell.back()
        }
    }

    Loader {
        id: stageLoader
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.visible ? header.bottom : parent.top
        // Above the keyboard, so the field being typed in and "Next" stay in view.
        anchors.bottom: page.keyboardShown ? keyboardLoader.top : parent.bottom
        anchors.margins: Theme.margin
        sourceComponent: {
            switch (page.flow.stage) {
            case FormController.Lookup:
                return lookupView
            case FormController.Fill:
                return formView
            case FormController.Review:
                return reviewView
            case FormController.Sign:
                return signatureView
            case FormController.Receipt:
                return receiptView
            }
            return null
        }
    }

    Component {
        id: lookupView
        LookupView { flow: page.flow }
    }
    Component {
        id: formView
        FormView { flow: page.flow }
    }
    Component {
        id: reviewView
        ReviewView { flow: page.flow }
    }
    Component {
        id: signatureView
        SignatureView { flow: page.flow }
    }
    Component {
        id: receiptView
        ReceiptView {
            flow: page.flow
            onFinished: page.session.clear()
        }
    }

    Loader {
        id: keyboardLoader
        objectName: "formKeyboardLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        z: 10
        active: false
        sourceComponent: KioskKeyboard {
            name: "formKeyboard"
            language: page.shell.language
            maxHeight: page.height * 0.45
            wanted: page.editor !== null
            onNeedsFocusAgain: refocusLater.restart()
            onShownChanged: page.keyboardShown = shown
            Component.onCompleted: page.keyboardShown = shown
        }
    }
}
