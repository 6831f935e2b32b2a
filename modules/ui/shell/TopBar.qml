import QtQuick
import BranchSuite.Ui

// Always on screen: where you are, the way home, language and care mode.
Rectangle {
    id: bar

    required property ShellController shell

    implicitHeight: Theme.topBarHeight
    color: Theme.primary

    Text {
        id: brand
        objectName: "brandLabel"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.right: controls.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        elide: Text.ElideRight
        text: qsTr("Smart Service Counter")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.textOnPrimary
    }

    Row {
        id: controls
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing

        SyncBadge {
            shell: bar.shell
        }

        KioskButton {
            objectName: "homeButton"
            text: qsTr("Home")
            onClicked: bar.shell.goHome()
        }

        // Each language is named in itself, so a customer can always find theirs.
        KioskButton {
            objectName: "languageSwitch"
            readonly property bool chinese: bar.shell.language === "zh_CN"
            text: chinese ? "English" : "中文"
            Accessible.name: chinese ? "Switch to English" : "切换到中文"
            onClicked: bar.shell.language = chinese ? "en" : "zh_CN"
        }

        KioskButton {
            objectName: "careModeSwitch"
            text: qsTr("Care mode")
            checkable: true
            checked: bar.shell.careMode
            onClicked: bar.shell.careMode = !bar.shell.careMode
        }
    }
}
