import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell
import BranchSuite.Form

// What a service is, who may use it, what to bring and what it costs, with
// the button that starts its form.
Item {
    id: page

    required property ShellController shell
    required property FormController flow

    PageSpeech {
        text: page.flow.startable
              ? qsTr("%1. Check what to bring, then press Start.").arg(page.flow.serviceName)
              : qsTr("%1. This service cannot be completed at this screen yet. Please ask at the service desk.")
                .arg(page.flow.serviceName)
    }

    // One line per note. (Qt 6.4's qmllint does not know QStringList's
    // array methods; a plain parameter is a JS array to it.)
    function lines(notes) {
        return notes.join("\n")
    }

    objectName: "serviceDetailPage"

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: page.flow.serviceName
        subtitle: page.shell.categoryName
        onBackClicked: page.shell.back()
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: footer.top
        anchors.margins: Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Flickable {
            id: flick
            objectName: "serviceDetailFlickable"
            anchors.fill: parent
            anchors.margins: Theme.spacing * 1.5
            contentHeight: details.height
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: details
                width: flick.width
                spacing: Theme.spacing * 1.5

                Text {
                    objectName: "serviceDescription"
                    width: parent.width
                    text: page.flow.description
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }

                InfoSection {
                    objectName: "serviceEligibility"
                    width: parent.width
                    heading: qsTr("Who can use this service")
                    body: page.flow.eligibility
                }

                Column {
                    width: parent.width
                    spacing: 6
                    visible: page.flow.materials.length > 0

                    Text {
                        text: qsTr("Please bring")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Repeater {
                        model: page.flow.materials
                        Text {
                            required property var modelData
                            required property int index
                            objectName: "material_" + index
                            width: parent.width
                            wrapMode: Text.Wrap
                            text: "\u2022 " + modelData.name
                                  + (modelData.required ? "" : " " + qsTr("(if it applies)"))
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                }

                InfoSection {
                    objectName: "serviceFee"
                    width: parent.width
                    heading: qsTr("Fee or amount")
                    body: page.flow.feeText
                }

                InfoSection {
                    objectName: "serviceNotes"
                    width: parent.width
                    heading: qsTr("Good to know")
                    body: page.lines(page.flow.counterNotes)
                }
            }
        }
    }

    Item {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        height: Theme.touchTarget

        Text {
            anchors.left: parent.left
            anchors.right: start.left
            anchors.verticalCenter: parent.verticalCenter
            visible: !page.flow.startable
            objectName: "serviceNotStartable"
            wrapMode: Text.Wrap
            text: qsTr("This service cannot be completed at this screen yet. Please ask at the service desk.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        KioskButton {
            id: start
            objectName: "startServiceButton"
            anchors.right: parent.right
            width: Math.max(implicitWidth, 280)
            visible: page.flow.startable
            primary: true
            text: qsTr("Start")
            onClicked: page.shell.startService()
        }
    }
}
