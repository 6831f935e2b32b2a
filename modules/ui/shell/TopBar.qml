import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell

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
        height: parent.height - 8
        verticalAlignment: Text.AlignVCenter
        // On two lines, or smaller, rather than cut ("Smart Service C…" in
        // English care mode at 1280 px).
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.fontSmall
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

        // Filled by a feature (the staff feature's delivery badge), if any.
        Loader {
            objectName: "topBarStatus"
            anchors.verticalCenter: parent.verticalCenter
            Component.onCompleted: {
                const url = bar.shell.router.partUrl("topBarStatus")
                if (url.toString().length > 0)
                    setSource(url, bar.shell.router.partProperties("topBarStatus"))
            }
        }

        // On every page: reads the page, or the last thing said, again. In
        // care mode pages are read as they open; elsewhere only on this press.
        KioskButton {
            objectName: "readAloudButton"
            visible: Speaker.available
            text: qsTr("Read it again")
            Accessible.name: qsTr("Read this page aloud again")
            onClicked: Speaker.readAgain()
        }

        KioskButton {
            objectName: "homeButton"
            text: qsTr("Home")
            onClicked: bar.shell.goHome()
        }

        // Each language is named in itself, so a customer can always find theirs.
        KioskButton {
            objectName: "languageSwitch"
            readonly property bool chinese: bar.shell.context.language === "zh_CN"
            text: chinese ? "English" : "中文"
            Accessible.name: chinese ? "Switch to English" : "切换到中文"
            onClicked: bar.shell.context.language = chinese ? "en" : "zh_CN"
        }

        KioskButton {
            objectName: "careModeSwitch"
            text: qsTr("Care mode")
            checkable: true
            checked: bar.shell.context.careMode
            onClicked: bar.shell.context.careMode = !bar.shell.context.careMode
        }
    }
}
