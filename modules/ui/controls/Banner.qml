import QtQuick
import BranchSuite.Ui

// A non-modal notice under the top bar; the customer can keep working.
Rectangle {
    id: banner

    required property ShellController shell

    objectName: "banner"
    visible: shell.bannerText.length > 0
    implicitHeight: visible ? Math.max(Theme.touchTarget, message.implicitHeight) + Theme.spacing : 0
    color: Theme.bannerBackground
    border.width: Theme.borderWidth
    border.color: Theme.bannerBorder

    Text {
        id: message
        objectName: "bannerText"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.right: close.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        text: banner.shell.bannerText
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    KioskButton {
        id: close
        objectName: "bannerCloseButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        height: Theme.touchTarget - 8
        text: qsTr("Close")
        onClicked: banner.shell.dismissBanner()
    }
}
