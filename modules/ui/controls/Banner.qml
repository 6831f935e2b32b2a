import QtQuick

// A non-modal notice under the top bar; the customer can keep working.
// Shown while it has text; "Close" asks its owner to take the text away.
Rectangle {
    id: banner

    property string text
    signal dismissed()

    objectName: "banner"
    visible: text.length > 0
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
        text: banner.text
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
        onClicked: banner.dismissed()
    }
}
