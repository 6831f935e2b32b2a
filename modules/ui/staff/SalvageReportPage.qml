pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell
import BranchSuite.Staff

// For branch staff, from the staff page: what was saved and what was lost
// when the kiosk found its database damaged and set it aside. Every line is
// worded by SalvageReportModel; receipt numbers are masked.
Item {
    id: page

    required property ShellController shell
    required property StaffController staff

    objectName: "salvageReportPage"

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: qsTr("Staff: damaged database recovered")
        subtitle: page.staff.salvage.title
        onBackClicked: page.shell.staffView()
    }

    Flickable {
        id: scroller
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        clip: true
        contentHeight: body.implicitHeight

        Column {
            id: body
            width: scroller.width
            spacing: Theme.spacing

            Text {
                objectName: "salvageSummary"
                width: parent.width
                wrapMode: Text.Wrap
                text: page.staff.salvage.summary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: page.staff.salvage.anythingLost ? Theme.primary : Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Repeater {
                objectName: "salvageItems"
                model: page.staff.salvage

                delegate: Rectangle {
                    id: item
                    required property string kind
                    required property string text
                    required property bool loss
                    objectName: "salvageItem_" + item.kind
                    width: body.width
                    implicitHeight: line.implicitHeight + Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: item.loss ? Theme.primary : Theme.border
                    Accessible.role: Accessible.ListItem
                    Accessible.name: item.text

                    Text {
                        id: line
                        objectName: "salvageItemText_" + item.kind
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: Theme.spacing
                        wrapMode: Text.Wrap
                        text: item.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: item.loss
                        color: Theme.text
                    }
                }
            }

            Repeater {
                model: page.staff.salvage.followUps

                delegate: Text {
                    id: followUp
                    required property string modelData
                    required property int index
                    objectName: "salvageFollowUp_" + followUp.index
                    width: body.width
                    wrapMode: Text.Wrap
                    text: followUp.modelData
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.primary
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            Text {
                objectName: "salvageReceipts"
                width: parent.width
                wrapMode: Text.Wrap
                text: page.staff.salvage.receiptText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Text {
                objectName: "salvageKeptAt"
                width: parent.width
                wrapMode: Text.WrapAnywhere
                text: page.staff.salvage.keptAt
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
