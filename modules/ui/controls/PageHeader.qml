import QtQuick
import BranchSuite.Controls

// Back button and page title, the same on every page below the home screen.
Item {
    id: header

    property string title
    property string subtitle
    property string backName: "backButton"
    signal backClicked()

    implicitHeight: Math.max(back.height, titleColumn.implicitHeight)

    KioskButton {
        id: back
        objectName: header.backName
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Back")
        onClicked: header.backClicked()
    }

    Column {
        id: titleColumn
        anchors.left: back.right
        anchors.leftMargin: Theme.spacing * 2
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter

        Text {
            objectName: "pageTitle"
            width: parent.width
            text: header.title
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Text {
            objectName: "pageSubtitle"
            width: parent.width
            visible: text.length > 0
            text: header.subtitle
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
