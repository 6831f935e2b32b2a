import QtQuick
import BranchSuite.Ui

// A started service: bill look-up, form pages, review, signature, receipt.
// Which one shows is the FormController's stage.
Item {
    id: page

    required property ShellController shell
    required property FormController flow
    required property KioskSession session

    objectName: "flowPage"

    function stepText() {
        switch (page.flow.stage) {
        case FormController.Lookup:
            return qsTr("Find your bill")
        case FormController.Fill:
            return qsTr("Page %1 of %2: %3").arg(page.flow.screenIndex + 1)
                .arg(page.flow.screenCount).arg(page.flow.screenTitle)
        case FormController.Review:
            return qsTr("Check your answers")
        case FormController.Sign:
            return qsTr("Sign")
        case FormController.Receipt:
            return qsTr("Done")
        }
        return ""
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: page.flow.serviceName
        subtitle: page.stepText()
        visible: page.flow.stage !== FormController.Receipt
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
        anchors.bottom: parent.bottom
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
}
