import QtQuick
import BranchSuite.Ui

// The fields of one form page (one question in care mode) and "Next".
Item {
    id: view

    required property FormController flow

    objectName: "formView"

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: next.top
        anchors.bottomMargin: Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Flickable {
            id: flick
            objectName: "formFlickable"
            anchors.fill: parent
            anchors.margins: Theme.spacing * 1.5
            contentHeight: fields.height
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: fields
                width: flick.width
                spacing: Theme.spacing * 1.5

                Repeater {
                    model: view.flow.screenFields
                    FieldInput {
                        required property var modelData
                        width: fields.width
                        field: modelData
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
        primary: true
        text: view.flow.screenIndex + 1 < view.flow.screenCount ? qsTr("Next") : qsTr("Review")
        onClicked: view.flow.next()
    }
}
