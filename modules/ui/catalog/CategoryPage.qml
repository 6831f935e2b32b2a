import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell

// One category's services, from the catalog. Tapping one opens its details.
Item {
    id: page

    required property ShellController shell

    objectName: "categoryPage"

    PageSpeech {
        text: qsTr("%1. Please choose a service.").arg(page.shell.categoryName)
    }

    KioskButton {
        id: back
        objectName: "backButton"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        text: qsTr("Back")
        onClicked: page.shell.goHome()
    }

    Text {
        id: title
        objectName: "categoryTitle"
        anchors.left: back.right
        anchors.leftMargin: Theme.spacing * 2
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: back.verticalCenter
        text: page.shell.categoryName
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ListView {
        id: list
        objectName: "serviceList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: back.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: page.shell.services
        visible: count > 0

        delegate: Rectangle {
            id: row

            required property string serviceId
            required property string name
            required property string description

            objectName: "serviceItem_" + serviceId
            width: ListView.view.width
            height: Math.max(Theme.touchTarget * 1.4, rowText.implicitHeight + 2 * Theme.spacing)
            radius: Theme.radius
            color: rowArea.pressed ? Theme.surfacePressed : Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border
            Accessible.role: Accessible.Button
            Accessible.name: name
            Accessible.description: description
            Accessible.onPressAction: page.shell.openService(serviceId) // qmllint disable unqualified

            Column {
                id: rowText
                anchors.left: parent.left
                anchors.right: chevron.left
                anchors.margins: Theme.spacing * 1.5
                anchors.verticalCenter: parent.verticalCenter
                spacing: 4

                Text {
                    width: parent.width
                    text: row.name
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTile
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    width: parent.width
                    visible: !Theme.care
                    text: row.description
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }

            Text {
                id: chevron
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing * 1.5
                anchors.verticalCenter: parent.verticalCenter
                text: "\u203A"
                font.pixelSize: Theme.fontTitle
                color: Theme.textMuted
            }

            MouseArea {
                id: rowArea
                anchors.fill: parent
                onClicked: page.shell.openService(row.serviceId) // qmllint disable unqualified
            }
        }
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.margin
        spacing: Theme.spacing * 2
        visible: list.count === 0

        Text {
            objectName: "categoryEmptyState"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("No services are available in this category yet.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        KioskButton {
            objectName: "emptyStateHomeButton"
            anchors.horizontalCenter: parent.horizontalCenter
            primary: true
            text: qsTr("Back to all services")
            onClicked: page.shell.goHome()
        }
    }
}
