pragma ComponentBehavior: Bound
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
    // The on-screen keyboard exists (made on first focus), shows, and is this tall.
    property bool keyboardActive: false
    property bool keyboardShown: false
    property real keyboardHeight: 0

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
            page.keyboardActive = true
    }

    // A new step or a new page: nothing keeps focus, so the keyboard goes.
    function dropFocus() {
        if (page.editor)
            page.forceActiveFocus()
    }

    Connections {
        target: page.flow
        function onScreenChanged() { page.dropFocus() }
        function onStageChanged() { page.dropFocus() }
        // Errors are read as they appear (in care mode; "Read it again" repeats them).
        function onErrorShown(fieldId) { Speaker.alert(page.flow.errorOf(fieldId)) }
        function onLookupChanged() { Speaker.alert(page.flow.lookupError) }
        function onSubmitErrorChanged() { Speaker.alert(page.flow.submitError) }
    }

    // The service and the step: "Page 1 of 3: your details", the next question...
    PageSpeech {
        text: page.flow.prefilled
              ? qsTr("Your code was read, and your answers from your phone are filled in. %1. %2. Please check each answer.")
                .arg(page.flow.serviceName).arg(page.flow.stepText)
              : qsTr("%1. %2").arg(page.flow.serviceName).arg(page.flow.stepText)
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

    // One view per stage. Repeaters, not Loaders: in Qt 6.4 a Loader cannot
    // make a component of a file with pragma ComponentBehavior: Bound.
    Item {
        id: stageArea
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.visible ? header.bottom : parent.top
        anchors.bottom: parent.bottom
        anchors.margins: page.keyboardShown && Theme.care ? Theme.spacing / 2 : Theme.margin
        // Above the keyboard, so the field being typed in and "Next" stay in view.
        anchors.bottomMargin: (page.keyboardShown ? page.keyboardHeight + Theme.spacing / 2 : Theme.margin)

        Repeater {
            model: page.flow.stage === FormController.Lookup ? 1 : 0
            LookupView {
                anchors.fill: parent
                flow: page.flow
            }
        }
        Repeater {
            model: page.flow.stage === FormController.Fill ? 1 : 0
            FormView {
                anchors.fill: parent
                flow: page.flow
                typing: page.keyboardShown
            }
        }
        Repeater {
            model: page.flow.stage === FormController.Review ? 1 : 0
            ReviewView {
                anchors.fill: parent
                flow: page.flow
            }
        }
        Repeater {
            model: page.flow.stage === FormController.Sign ? 1 : 0
            SignatureView {
                anchors.fill: parent
                flow: page.flow
            }
        }
        // The authorize step is the staff feature's (BranchSuite.Staff), in the
        // router's "flowAuthorize" slot.
        Loader {
            objectName: "authorizeStep"
            anchors.fill: parent
            readonly property bool authorizing: page.flow.stage === FormController.Authorize
            onAuthorizingChanged: {
                if (authorizing)
                    setSource(page.shell.router.partUrl("flowAuthorize"),
                              page.shell.router.partProperties("flowAuthorize"))
                else
                    setSource("")
            }
        }
        // The pay step is the payment feature's (BranchSuite.Payment), in the
        // router's "flowPay" slot; a kiosk without one never reaches it.
        Loader {
            objectName: "payStep"
            anchors.fill: parent
            readonly property bool paying: page.flow.stage === FormController.Pay
            onPayingChanged: {
                if (paying)
                    setSource(page.shell.router.partUrl("flowPay"), page.shell.router.partProperties("flowPay"))
                else
                    setSource("")
            }
        }
        // A stop before the commit (BranchSuite.Fraud's warning) in the
        // router's "flowGuard" slot: it shows itself over the review while it
        // holds it. A kiosk without one has an empty slot.
        Loader {
            objectName: "flowGuard"
            anchors.fill: parent
            z: 5
            Component.onCompleted: {
                const url = page.shell.router.partUrl("flowGuard")
                if (url.toString() !== "")
                    setSource(url, page.shell.router.partProperties("flowGuard"))
            }
        }
        Repeater {
            model: page.flow.stage === FormController.Receipt ? 1 : 0
            ReceiptView {
                anchors.fill: parent
                flow: page.flow
                onFinished: page.session.clear()
            }
        }
    }

    // Made with the first field that takes focus, and kept.
    Repeater {
        model: page.keyboardActive ? 1 : 0
        KioskKeyboard {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            z: 10
            name: "formKeyboard"
            // A form field without a Latin hint is a pinyin field or a number
            // pad (FieldListModel::keyboardOf): its letters start in pinyin.
            language: "zh_CN"
            care: Theme.care
            field: page.editor
            maxHeight: page.height * 0.45
            wanted: page.editor !== null
            onNeedsFocusAgain: refocusLater.restart()
            onShownChanged: page.keyboardShown = shown
            onHeightChanged: page.keyboardHeight = height
            Component.onCompleted: {
                page.keyboardShown = shown
                page.keyboardHeight = height
            }
        }
    }
}
