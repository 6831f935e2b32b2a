pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell
import BranchSuite.Staff

// For branch staff: entries core refused, each with "Send again". Shows a
// masked receipt number, the service, core's reason and the attempts; never
// what the customer entered. Shown only to a signed-in member, whom the
// audit log names for every row sent again.
Item {
    id: page

    required property ShellController shell
    required property StaffController staff
    required property StaffSignInController signIn

    objectName: "staffPage"

    SyncStatus {
        id: delivery
        configured: page.shell.syncConfigured
        online: page.shell.syncOnline
        waiting: page.shell.queueCount
        refused: page.shell.rejectedCount
        language: page.shell.language
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: qsTr("Staff: requests refused by core")
        subtitle: delivery.queueText
        onBackClicked: page.shell.goHome()
    }

    Text {
        objectName: "staffError"
        id: error
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.margins: Theme.margin
        visible: text.length > 0
        text: page.staff.errorText
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.primary
    }

    // Delivery in detail: online or not, what waits, what core refused. The
    // customers' badge says only whether every service works.
    Text {
        id: deliveryDetail
        objectName: "staffDelivery"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: error.visible ? error.bottom : header.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        wrapMode: Text.Wrap
        text: delivery.detailText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // Reference data held (catalog, bills, avatar scripts, exchange rates),
    // so staff can tell whether the kiosk is current.
    Text {
        id: reference
        objectName: "staffReference"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: deliveryDetail.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        wrapMode: Text.Wrap
        text: page.staff.referenceText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // Receipts and the audit log carry the kiosk's time: a wrong clock is
    // for staff to have corrected, not for customers to notice.
    Text {
        id: clockWarning
        objectName: "staffClockWarning"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: reference.bottom
        anchors.topMargin: visible ? Theme.spacing / 2 : 0
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        height: visible ? implicitHeight : 0
        visible: text.length > 0
        wrapMode: Text.Wrap
        text: page.staff.clockWarning
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.primary
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // Card payments core has not confirmed: staff must not charge again.
    Text {
        id: payments
        objectName: "staffPayments"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: clockWarning.bottom
        anchors.topMargin: visible ? Theme.spacing / 2 : 0
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        height: visible ? implicitHeight : 0
        visible: text.length > 0
        wrapMode: Text.Wrap
        text: page.staff.paymentsText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.primary
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // A damaged database was set aside: staff read what was saved and lost.
    Row {
        id: salvageNotice
        objectName: "staffSalvageNotice"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: payments.bottom
        anchors.topMargin: visible ? Theme.spacing / 2 : 0
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        height: visible ? implicitHeight : 0
        visible: page.staff.salvage.available
        spacing: Theme.spacing

        Text {
            objectName: "staffSalvageText"
            width: parent.width - salvageButton.width - parent.spacing
            anchors.verticalCenter: parent.verticalCenter
            wrapMode: Text.Wrap
            text: page.staff.salvage.notice
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: page.staff.salvage.anythingLost
            color: page.staff.salvage.anythingLost ? Theme.primary : Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        KioskButton {
            id: salvageButton
            objectName: "salvageReportButton"
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Recovery report")
            onClicked: page.staff.openSalvageReport()
        }
    }

    Text {
        objectName: "staffEmpty"
        anchors.centerIn: parent
        visible: page.staff.rejectedCount === 0
        text: qsTr("Core has refused nothing.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    // Who is signed in: the audit log names them for every row sent again.
    Row {
        id: staffNumber
        objectName: "staffMemberRow"
        anchors.left: parent.left
        anchors.top: salvageNotice.bottom
        anchors.topMargin: Theme.spacing
        anchors.leftMargin: Theme.margin
        spacing: Theme.spacing

        Text {
            objectName: "staffMember"
            anchors.verticalCenter: parent.verticalCenter
            text: page.signIn.offline ? qsTr("Signed in (offline): %1").arg(page.signIn.memberText)
                                      : qsTr("Signed in: %1").arg(page.signIn.memberText)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        KioskButton {
            objectName: "staffSignOut"
            text: qsTr("Sign out")
            onClicked: page.signIn.signOut()
        }

        // For an elderly customer at this kiosk: care mode for this visit,
        // audited under the member, then the customer's care home screen.
        KioskButton {
            objectName: "staffCareModeButton"
            text: qsTr("Care mode for this customer")
            onClicked: page.staff.switchCareModeOn()
        }
    }

    ListView {
        id: list
        objectName: "rejectedList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: staffNumber.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.spacing
        model: page.staff.rejected

        delegate: Rectangle {
            id: row
            required property rejectedEntry modelData
            objectName: "rejectedEntry_" + modelData.entryId
            width: ListView.view.width
            implicitHeight: Math.max(details.implicitHeight, again.height) + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border
            Accessible.role: Accessible.ListItem
            Accessible.name: details.summary

            Column {
                id: details
                readonly property string summary: qsTr("Receipt %1, %2: %3").arg(row.modelData.receipt)
                                                     .arg(row.modelData.service).arg(row.modelData.reason)
                anchors.left: parent.left
                anchors.right: again.left
                anchors.margins: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacing / 4

                Text {
                    objectName: "rejectedReceipt_" + row.modelData.entryId
                    text: qsTr("Receipt %1 · %2").arg(row.modelData.receipt).arg(row.modelData.service)
                    width: parent.width
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    objectName: "rejectedReason_" + row.modelData.entryId
                    text: row.modelData.reason
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                Text {
                    text: qsTr("Attempts: %1").arg(row.modelData.attempts)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }

            KioskButton {
                id: again
                objectName: "sendAgainButton_" + row.modelData.entryId
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                primary: true
                enabled: page.staff.canSendAgain
                opacity: enabled ? 1 : 0.5
                text: qsTr("Send again")
                onClicked: page.staff.sendAgain(row.modelData.entryId)
            }
        }
    }
}
