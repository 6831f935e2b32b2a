import QtQuick
import BranchSuite.Controls
import BranchSuite.Form

// The customer's signature, then the one submission.
Item {
    id: view

    required property FormController flow

    objectName: "signatureView"

    Text {
        id: prompt
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        wrapMode: Text.Wrap
        text: qsTr("By signing you confirm the answers you checked are correct.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }

    SignaturePad {
        id: pad
        objectName: "signaturePad"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: prompt.bottom
        anchors.bottom: footer.top
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        capture: view.flow.signature
        enabled: !view.flow.busy
    }

    Item {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.touchTarget

        KioskButton {
            id: clearButton
            objectName: "signatureClearButton"
            anchors.left: parent.left
            enabled: !view.flow.busy
            opacity: enabled ? 1 : 0.5
            text: qsTr("Clear")
            onClicked: view.flow.signature.clear()
        }

        Text {
            objectName: "submitError"
            anchors.left: clearButton.right
            anchors.right: submit.left
            anchors.margins: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            visible: !view.flow.busy
            wrapMode: Text.Wrap
            text: view.flow.submitError
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.primary
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        SubmitStatus {
            anchors.left: clearButton.right
            anchors.right: submit.left
            anchors.margins: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            flow: view.flow
        }

        KioskButton {
            id: submit
            objectName: "signatureSubmitButton"
            anchors.right: parent.right
            width: Math.max(implicitWidth, 280)
            primary: true
            enabled: !view.flow.busy
            opacity: enabled ? 1 : 0.5
            text: view.flow.signedText
            onClicked: view.flow.submit()
        }
    }
}
