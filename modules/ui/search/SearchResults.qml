import QtQuick
import BranchSuite.Controls
import BranchSuite.Search

// Up to five services for what was typed, best first. Tapping one does what
// its tile would: a service opens its details, a counter action runs.
Column {
    id: results

    spacing: Theme.spacing / 2
    visible: list.count > 0 || SearchController.messageCode.length > 0

    Repeater {
        id: list
        model: SearchController.results

        delegate: Rectangle {
            id: row

            required property string serviceId
            required property string name
            required property string categoryName
            required property int index

            objectName: "searchResult_" + serviceId
            width: results.width // qmllint disable unqualified
            height: Math.max(Theme.touchTarget * 1.2, rowText.implicitHeight + Theme.spacing)
            radius: Theme.radius
            color: rowArea.pressed ? Theme.surfacePressed : Theme.surface
            border.width: index === 0 ? Theme.borderWidth + 1 : Theme.borderWidth
            border.color: index === 0 ? Theme.primary : Theme.border
            Accessible.role: Accessible.Button
            Accessible.name: name
            Accessible.description: categoryName
            Accessible.onPressAction: SearchController.open(serviceId)

            Row {
                id: rowText
                anchors.left: parent.left
                anchors.right: chevron.left
                anchors.margins: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacing

                Text {
                    id: nameText
                    width: Math.min(implicitWidth, rowText.width * 0.65)
                    text: row.name
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTile
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    anchors.baseline: nameText.baseline
                    width: rowText.width - nameText.width - rowText.spacing
                    text: row.categoryName
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }

            Text {
                id: chevron
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: "\u203A"
                font.pixelSize: Theme.fontTitle
                color: Theme.textMuted
            }

            MouseArea {
                id: rowArea
                anchors.fill: parent
                onClicked: SearchController.open(row.serviceId)
            }
        }
    }

    Rectangle {
        id: message
        objectName: "searchMessageBox"
        visible: SearchController.messageCode.length > 0
        width: results.width
        height: messageRow.height + Theme.spacing * 2
        radius: Theme.radius
        color: Theme.bannerBackground
        border.width: Theme.borderWidth
        border.color: Theme.bannerBorder

        Row {
            id: messageRow
            x: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing

            Text {
                objectName: "searchMessage"
                width: parent.width - (callStaff.visible ? callStaff.width + parent.spacing : 0)
                anchors.verticalCenter: parent.verticalCenter
                text: SearchController.message
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            KioskButton {
                id: callStaff
                objectName: "searchCallStaffButton"
                visible: SearchController.canCallStaff
                primary: true
                text: qsTr("Call staff")
                onClicked: SearchController.callStaff()
            }
        }
    }
}
