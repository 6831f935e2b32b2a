import QtQuick
import BranchSuite.Ui

// One category's services. The catalog fills the list; until then the page
// says plainly that there is nothing to choose here.
Item {
    id: page

    required property ShellController shell

    objectName: "categoryPage"

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

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: back.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        Column {
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.margin
            spacing: Theme.spacing * 2

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
}
